/* Campaign Kit text folding, shared by site.js, search.js and pledge.js (loaded before them as a classic
   script: module imports are blocked from file://). Defines one global, campaignText. Must match SlugRules
   in the generator: đ → d, combining marks removed, lower case; slug() then joins the words with "-". */
var campaignText = (function () {
  "use strict";

  var marks;
  try {
    marks = new RegExp("\\p{M}", "gu");
  } catch (e) {
    marks = /[\u0300-\u036f]/g; /* browsers before Unicode property escapes: the marks Vietnamese uses */
  }

  function fold(text) {
    return text.replace(/đ/g, "d").replace(/Đ/g, "D").normalize("NFD").replace(marks, "")
      .toLowerCase().replace(/\s+/g, " ").trim();
  }

  function slug(text) {
    return fold(text).replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  }

  return { fold: fold, slug: slug };
}());
