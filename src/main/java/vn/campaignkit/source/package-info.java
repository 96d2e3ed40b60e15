/** Reads the site folder: scans files, decodes UTF-8 strictly, splits front matter, parses YAML with positions, turns Markdown into safe HTML; tells image formats by their bytes and removes private metadata from published images. */
package vn.campaignkit.source;
