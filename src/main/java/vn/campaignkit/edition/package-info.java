/** A school's own edition of the campaign site ({@code build --school}): the whole pipeline, publishing one school. */
package vn.campaignkit.edition;
