package vn.campaignkit.derive.print;

import vn.campaignkit.model.print.PrintText;

/**
 * What a per-school copy adds: the school's name and province and the absolute URL of its page.
 * {@code name} points at the school file or CSV row, so a name too long to print is reported there.
 */
public record SchoolStamp(PrintText name, String province, String url) {
}
