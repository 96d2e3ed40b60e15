/** Reads the site folder: scans files, decodes UTF-8 strictly, splits front matter, parses YAML with positions, turns Markdown into safe HTML. */
package vn.campaignkit.source;
