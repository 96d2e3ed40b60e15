/** Deterministic zip archives of derived files: the whole campaign's print kit and one kit per school. */
package vn.campaignkit.derive.kit;
