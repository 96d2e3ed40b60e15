/* Campaign Kit role-play: shows one scene at a time and follows the choice links (#canh-…), so the
   browser's back button steps back through the story. Without this script every scene stays visible. */
(function () {
  "use strict";

  document.querySelectorAll(".js-story").forEach(function (story) {
    var scenes = Array.prototype.slice.call(story.querySelectorAll(".scene"));
    var start = story.getAttribute("data-start");

    function sceneFor(hash) {
      var id = decodeURIComponent((hash || "").replace(/^#/, ""));
      return scenes.filter(function (s) { return s.id === id; })[0];
    }

    function show(focus) {
      var target = sceneFor(location.hash) || sceneFor("#" + start);
      scenes.forEach(function (s) { s.hidden = s !== target; });
      if (focus) { target.focus(); }
    }

    story.classList.add("story--js");
    window.addEventListener("hashchange", function () { show(true); });
    show(sceneFor(location.hash) !== undefined);
  });
}());
