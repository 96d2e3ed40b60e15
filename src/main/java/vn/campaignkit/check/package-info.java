/** Whole-site checks: every output path has one source, every internal link and image points at something that exists. */
package vn.campaignkit.check;
