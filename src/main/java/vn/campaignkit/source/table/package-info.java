/** Reads tables of text cells from the files people keep lists in (CSV, Excel workbooks): the same rows whatever the format. */
package vn.campaignkit.source.table;
