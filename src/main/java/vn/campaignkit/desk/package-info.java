/** The editor's desk: a room beside the preview where editors list, create, edit, check and publish the site's files in the browser, with every save atomic, versioned and conflict-checked. */
package vn.campaignkit.desk;
