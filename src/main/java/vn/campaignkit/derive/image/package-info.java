/** Java2D drawing shared by every derived image: Be Vietnam Pro fonts, glyph coverage, text on arcs and in boxes, deterministic PNG bytes. */
package vn.campaignkit.derive.image;
