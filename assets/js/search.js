/* Campaign Kit search: loaded by site.js when the visitor starts searching. Loads the index written at
   build time (search/index.js, a script, so it also works from file://) and matches every typed word
   against titles and descriptions with diacritics and case ignored ("le loi" finds "Lê Lợi"). */
(function () {
  "use strict";

  var KINDS = { tip: "«search.kind_tip»", quiz: "«search.kind_quiz»", scenario: "«search.kind_scenario»", contest: "«search.kind_contest»", hashtag: "«search.kind_hashtag»",
    post: "«search.kind_post»", page: "«search.kind_page»", province: "«search.kind_province»", school: "" };
  var LIMIT = 20;
  var boxes = Array.prototype.slice.call(document.querySelectorAll(".js-search"));
  var entries = null;

  var fold = campaignText.fold;
  /* Must match SearchIndexWriter.browserSlug (SlugRules.slugify) in the generator. */
  var slug = campaignText.slug;

  function link(root, path) {
    return root + (path === "" || path.charAt(path.length - 1) === "/" ? path + "index.html" : path);
  }

  window.campaignSearchIndex = function (data) {
    entries = data.pages.map(function (p) {
      return { kind: p[0], title: p[1], path: p[2], key: fold(p[1]), hay: fold(p[1] + " " + p[3]) };
    });
    data.schools.split("\n").forEach(function (line) {
      if (!line) { return; }
      var f = line.split("\t");
      var province = data.provinces[+f[1]];
      var title = f[0];
      entries.push({ kind: "school", title: title, detail: province[0],
        path: "schools/" + province[1] + "/" + (f[2] || slug(title)) + "/",
        key: fold(title), hay: fold(title + " " + province[0]) });
    });
    boxes.forEach(function (box) { run(box); });
  };

  function score(entry, query, words) {
    var s = 0;
    if (entry.key === query) { s += 1000; }
    if (entry.key.indexOf(query) === 0) { s += 300; }
    if (entry.key.indexOf(query) >= 0) { s += 200; }
    words.forEach(function (w) {
      if ((" " + entry.key).indexOf(" " + w) >= 0) { s += 20; } else if (entry.key.indexOf(w) >= 0) { s += 10; }
    });
    return entry.kind === "school" ? s : s + 5;
  }

  function run(box) {
    var input = box.querySelector(".js-search-input");
    var status = box.querySelector(".js-search-status");
    var list = box.querySelector(".js-search-results");
    var root = box.getAttribute("data-root") || "";
    var query = fold(input.value);
    var words = query.split(" ").filter(Boolean);
    list.textContent = "";
    if (words.length === 0) { status.textContent = ""; return; }
    if (entries === null) { status.textContent = "«search.loading»"; return; }
    var found = [];
    entries.forEach(function (e, i) {
      for (var w = 0; w < words.length; w++) {
        if (e.hay.indexOf(words[w]) < 0) { return; }
      }
      found.push({ e: e, s: score(e, query, words), i: i });
    });
    found.sort(function (a, b) { return b.s - a.s || a.i - b.i; });
    found.slice(0, LIMIT).forEach(function (f) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.className = "site-search__result";
      a.href = link(root, f.e.path);
      if (KINDS[f.e.kind]) {
        var kind = document.createElement("span");
        kind.className = "site-search__kind";
        kind.textContent = KINDS[f.e.kind];
        a.appendChild(kind);
        a.appendChild(document.createTextNode(" "));
      }
      a.appendChild(document.createTextNode(f.e.title + (f.e.detail ? " – " + f.e.detail : "")));
      li.appendChild(a);
      list.appendChild(li);
    });
    status.textContent = found.length === 0 ? "«search.none query: input.value.trim()»"
      : found.length > LIMIT ? "«search.many count: found.length, limit: LIMIT»"
        : "«search.some count: found.length»";
  }

  boxes.forEach(function (box) {
    var input = box.querySelector(".js-search-input");
    input.addEventListener("input", function () { run(box); });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { input.value = ""; run(box); }
    });
    run(box);
  });
  function load(src) {
    var script = document.createElement("script");
    script.src = src;
    document.head.appendChild(script);
    return script;
  }

  /* A big site links its index without a version (a new version would change every page): the small
     index-version.js, asked afresh each time (never from the cache), names the index of the latest build. */
  var index = boxes[0].getAttribute("data-index");
  var versionFile = boxes[0].getAttribute("data-index-version");
  if (versionFile) {
    window.campaignSearchIndexVersion = function (version) {
      window.campaignSearchIndexVersion = null;
      load(index + "?v=" + encodeURIComponent(version));
    };
    load(versionFile + "?t=" + Date.now()).onerror = function () {
      if (window.campaignSearchIndexVersion) { window.campaignSearchIndexVersion = null; load(index); }
    };
  } else {
    load(index);
  }
}());
