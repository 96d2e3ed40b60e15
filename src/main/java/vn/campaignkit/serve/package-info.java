/** The editor's live preview: an in-memory build served on localhost, rebuilt on every save, reloaded in the browser through server-sent events, with build problems shown over the page. */
package vn.campaignkit.serve;
