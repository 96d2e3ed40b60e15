/** The only code that writes the site: builds into a temporary sibling folder and swaps it in only on success. */
package vn.campaignkit.publish;
