/** Social images: the Open Graph card of every page and the phone and desktop wallpapers. */
package vn.campaignkit.derive.social;
