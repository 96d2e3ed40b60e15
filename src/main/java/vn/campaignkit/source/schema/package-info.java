/** The one description of every front-matter key (type, required, allowed values, Vietnamese label) read by the validator and by the desk's forms. */
package vn.campaignkit.source.schema;
