/** The site's settings from {@code site.yaml} and the options of one build: a shared leaf every stage reads. */
package vn.campaignkit.config;
