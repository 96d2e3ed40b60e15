/** Printables as typed records: the format, the headline and body (a small Markdown subset) and where each value came from. */
package vn.campaignkit.model.print;
