/** The {@code new} command's work: a new content file with the right front matter, filled in from an archetype. */
package vn.campaignkit.scaffold;
