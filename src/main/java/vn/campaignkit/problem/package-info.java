/** Problems found in a site: what editors see as {@code path:line:col: error: message (hint: …)}. */
package vn.campaignkit.problem;
