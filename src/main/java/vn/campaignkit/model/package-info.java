/** The typed site: pages as records (tips, contests, schools…), slugs, tags, dates and the URL each page gets. */
package vn.campaignkit.model;
