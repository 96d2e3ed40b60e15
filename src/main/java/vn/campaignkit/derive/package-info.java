/** Derived files (calendars, images, PDFs, zips): planned from the model as jobs, run in parallel after the pages, reused when unchanged. */
package vn.campaignkit.derive;
