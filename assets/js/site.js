/* Campaign Kit site script: copy captions, share, refresh contest states, filter the school list.
   No network requests, no libraries; every feature degrades to plain links and text without it. */
(function () {
  "use strict";

  var fold = campaignText.fold;

  function todayIso() {
    var d = new Date();
    var m = String(d.getMonth() + 1).padStart(2, "0");
    var day = String(d.getDate()).padStart(2, "0");
    return d.getFullYear() + "-" + m + "-" + day;
  }

  function daysBetween(fromIso, toIso) {
    return Math.round((Date.parse(toIso + "T00:00:00Z") - Date.parse(fromIso + "T00:00:00Z")) / 86400000);
  }

  function formatVi(iso) {
    var p = iso.split("-");
    return «date p»;
  }

  function refreshContests(today) {
    document.querySelectorAll(".js-contest-state").forEach(function (el) {
      var start = el.getAttribute("data-start");
      var deadline = el.getAttribute("data-deadline");
      var state;
      var text;
      if (today < start) {
        state = "upcoming";
        text = "«contest.upcoming date: formatVi(start)»";
      } else if (today > deadline) {
        state = "closed";
        text = "«contest.closed»";
      } else {
        var left = daysBetween(today, deadline) + 1;
        state = "open";
        text = left === 1 ? "«contest.last_day»" : "«contest.open days: left»";
      }
      el.className = "contest-state contest-state--" + state + " js-contest-state";
      el.textContent = text;
    });
  }

  function refreshCampaign(today) {
    document.querySelectorAll(".js-campaign-window").forEach(function (el) {
      var start = el.getAttribute("data-start");
      var end = el.getAttribute("data-end");
      if (!start || !end) { return; }
      var range = formatVi(start) + " – " + formatVi(end);
      var state;
      if (today < start) {
        state = "upcoming";
        el.textContent = "«campaign.upcoming days: daysBetween(today, start), range: range»";
      } else if (today > end) {
        state = "ended";
        el.textContent = "«campaign.ended range: range»";
      } else {
        state = "running";
        el.textContent = "«campaign.running days: daysBetween(today, end) + 1, range: range»";
      }
      var banner = el.closest(".campaign-banner");
      if (banner) { banner.className = "campaign-banner campaign-banner--" + state; }
    });
  }

  function say(el, message) {
    if (el) { el.textContent = message; }
  }

  function copyText(text, status, source) {
    function fallback() {
      if (source && source.select) {
        source.focus();
        source.select();
        try {
          if (document.execCommand("copy")) { say(status, "«share.copied»"); return; }
        } catch (e) { /* fall through */ }
      }
      say(status, "«share.copy_by_hand»");
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () {
        say(status, "«share.copied»");
      }, fallback);
    } else {
      fallback();
    }
  }

  function setUpCopy() {
    document.querySelectorAll(".js-copy").forEach(function (button) {
      button.addEventListener("click", function () {
        var source = document.getElementById(button.getAttribute("data-copy-target"));
        var box = button.closest(".caption-box");
        var status = box ? box.querySelector(".share__status") : null;
        copyText(source.value || source.textContent, status, source);
      });
    });
  }

  function setUpShare() {
    document.querySelectorAll(".share").forEach(function (box) {
      var url = box.getAttribute("data-share-url");
      if (!url && /^https?:/.test(location.href)) { url = location.href; }
      var text = box.getAttribute("data-share-text") || document.title;
      var status = box.querySelector(".share__status");
      var native = box.querySelector(".js-share-native");
      var facebook = box.querySelector(".js-share-facebook");
      var messenger = box.querySelector(".js-share-messenger");
      var zalo = box.querySelector(".js-share-zalo");
      if (url) {
        facebook.href = "https://www.facebook.com/sharer/sharer.php?u=" + encodeURIComponent(url);
        messenger.href = "fb-messenger://share/?link=" + encodeURIComponent(url);
      } else {
        [facebook, messenger].forEach(function (a) {
          a.addEventListener("click", function (event) {
            event.preventDefault();
            copyText(text, status, box.parentNode.querySelector(".js-caption"));
          });
        });
      }
      if (navigator.share) {
        native.hidden = false;
        native.addEventListener("click", function () {
          navigator.share(url ? { title: document.title, text: text, url: url } : { title: document.title, text: text })
            .catch(function () { /* the visitor closed the share sheet */ });
        });
      }
      zalo.addEventListener("click", function () {
        if (navigator.share) {
          navigator.share(url ? { text: text, url: url } : { text: text }).catch(function () {});
        } else {
          copyText(text + (url ? "\n" + url : ""), status, box.parentNode.querySelector(".js-caption"));
          say(status, "«share.zalo_copied»");
        }
      });
    });
  }

  function setUpFilter() {
    document.querySelectorAll(".js-filter").forEach(function (input) {
      var scope = document.getElementById(input.getAttribute("data-filter-scope"));
      var status = input.parentNode.querySelector(".js-filter-status");
      if (!scope) { return; }
      var items = scope.querySelectorAll(".js-filter-item");
      var groups = scope.querySelectorAll(".js-filter-group");
      input.addEventListener("input", function () {
        var words = fold(input.value).split(" ").filter(Boolean);
        var shown = 0;
        function matches(text) {
          return words.every(function (w) { return text.indexOf(w) >= 0; });
        }
        items.forEach(function (item) {
          var ok = matches(item.getAttribute("data-search") || "");
          item.hidden = !ok;
          if (ok) { shown++; }
        });
        groups.forEach(function (group) {
          var own = group.querySelectorAll(".js-filter-item");
          if (own.length === 0) {
            var ok = matches(group.getAttribute("data-search") || "");
            group.hidden = !ok;
            if (ok) { shown++; }
          } else {
            group.hidden = group.querySelectorAll(".js-filter-item:not([hidden])").length === 0;
          }
        });
        say(status, words.length === 0 ? "" : (shown === 0 ? "«filter.none»" : "«filter.some count: shown»"));
      });
    });
  }

  /* The search box (hidden by CSS where scripting is off) loads its code and index on first focus or typing. */
  function setUpSearch() {
    document.querySelectorAll(".js-search").forEach(function (box) {
      var input = box.querySelector(".js-search-input");
      function load() {
        if (box.hasAttribute("data-loading")) { return; }
        box.setAttribute("data-loading", "");
        var script = document.createElement("script");
        script.src = box.getAttribute("data-script");
        document.head.appendChild(script);
      }
      input.addEventListener("focus", load);
      input.addEventListener("input", load);
    });
  }

  /* Menus are <details>, so they work without script. With it, Escape and a click elsewhere close them,
     and on wide screens, where CSS always shows the main menu, it is marked open for assistive technology. */
  function setUpDisclosures() {
    var menus = Array.prototype.slice.call(document.querySelectorAll(".js-disclosure"));
    var wide = window.matchMedia ? window.matchMedia("(min-width: 48rem)") : null;
    function followWidth() {
      document.querySelectorAll(".js-menu-wide-open").forEach(function (menu) { menu.open = wide.matches; });
    }
    if (wide) {
      followWidth();
      if (wide.addEventListener) { wide.addEventListener("change", followWidth); }
    }
    function closeAll(except) {
      menus.forEach(function (menu) {
        var keptOpen = wide && wide.matches && menu.classList.contains("js-menu-wide-open");
        if (menu.open && !keptOpen && !menu.contains(except)) { menu.open = false; }
      });
    }
    document.addEventListener("click", function (event) { closeAll(event.target); });
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape") { return; }
      var open = menus.filter(function (menu) {
        return menu.open && menu.contains(document.activeElement) && !(wide && wide.matches && menu.classList.contains("js-menu-wide-open"));
      }).pop();
      if (open) {
        open.open = false;
        open.querySelector("summary").focus();
      }
    });
  }

  function setUpPrint() {
    document.querySelectorAll(".js-print").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () { window.print(); });
    });
  }

  var today = todayIso();
  refreshContests(today);
  refreshCampaign(today);
  setUpCopy();
  setUpShare();
  setUpFilter();
  setUpSearch();
  setUpDisclosures();
  setUpPrint();
}());
