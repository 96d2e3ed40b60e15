/** Renders pages with the one FreeMarker configuration, plus the feed, calendars, sitemap and robots.txt. */
package vn.campaignkit.render;
