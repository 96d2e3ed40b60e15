/* Campaign Kit text folding, shared by site.js, search.js and pledge.js (loaded before them as a classic
   script: module imports are blocked from file://). Defines one global, campaignText. Must match SlugRules
   in the generator: đ → d, combining marks removed, lower case; slug() then joins the words with "-".
   text() gives the scripts' words in the page's language: the JSON of the page's <body data-texts> (written from
   templates/messages/<code>.yaml), else the scripts' own Vietnamese; date() writes a date the language's way. */
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

  var texts = null;

  function pageTexts() {
    if (texts === null) {
      var json = document.body ? document.body.getAttribute("data-texts") : null;
      try {
        texts = json ? JSON.parse(json) : {};
      } catch (e) {
        texts = {};
      }
    }
    return texts;
  }

  /* The text of key (or own when the page gives none) with each {name} replaced by values[name]. */
  function text(key, own, values) {
    var all = pageTexts();
    var t = Object.prototype.hasOwnProperty.call(all, key) ? all[key] : own;
    return t.replace(/\{(\w+)\}/g, function (place, name) {
      return values && Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : place;
    });
  }

  /* An ISO date (2025-10-06) in the page language's pattern (dd/MM/yyyy, d MMMM yyyy). */
  function date(iso) {
    var p = iso.split("-");
    var all = pageTexts();
    var months = all["dates.months"] || [];
    return (all["dates.pattern"] || "dd/MM/yyyy").replace(/yyyy|uuuu|MMMM|MM|M|dd|d/g, function (token) {
      switch (token) {
        case "yyyy": case "uuuu": return p[0];
        case "MMMM": return months[Number(p[1]) - 1] || p[1];
        case "MM": return p[1];
        case "M": return String(Number(p[1]));
        case "dd": return p[2];
        default: return String(Number(p[2]));
      }
    });
  }

  return { fold: fold, slug: slug, text: text, date: date };
}());
