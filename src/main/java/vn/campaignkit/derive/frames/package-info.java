/** Avatar frames: the frame design read from front matter and its PNG overlays (square, cover, story, per school). */
package vn.campaignkit.derive.frames;
