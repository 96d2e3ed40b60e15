/* Campaign Kit pledge card: draws the visitor's name and the pledge on a canvas, entirely in the browser,
   and offers it as a PNG download. Nothing is sent anywhere. */
(function () {
  "use strict";

  var box = document.querySelector(".js-pledge");
  if (!box) { return; }
  var canvas = box.querySelector(".js-pledge-canvas");
  var nameInput = box.querySelector(".js-pledge-name");
  var groupInput = box.querySelector(".js-pledge-group");
  var download = box.querySelector(".js-pledge-download");
  var status = box.querySelector(".js-pledge-status");
  var lines = Array.prototype.map.call(document.querySelectorAll(".pledge-text p"), function (p) { return p.textContent; });
  var data = function (key) { return box.getAttribute("data-" + key) || ""; };
  var FONT = "\"Be Vietnam Pro\", system-ui, sans-serif";
  var url = null;
  var timer = null;
  var drawn = 0;

  function wrap(ctx, text, maxWidth) {
    var words = text.split(/\s+/);
    var out = [];
    var line = "";
    words.forEach(function (w) {
      var next = line ? line + " " + w : w;
      if (ctx.measureText(next).width > maxWidth && line) { out.push(line); line = w; } else { line = next; }
    });
    if (line) { out.push(line); }
    return out;
  }

  function draw() {
    var ctx = canvas.getContext("2d");
    var W = canvas.width;
    var H = canvas.height;
    var name = nameInput.value.trim();
    var group = groupInput.value.trim();
    ctx.fillStyle = data("primary");
    ctx.fillRect(0, 0, W, H);
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(60, 60, W - 120, H - 120);
    ctx.fillStyle = data("accent");
    ctx.fillRect(60, 60, W - 120, 24);
    ctx.textBaseline = "top";
    ctx.fillStyle = data("primary");
    ctx.font = "700 34px " + FONT;
    ctx.fillText("«pledge.card_heading»", 120, 130);
    ctx.fillStyle = data("dark");
    ctx.font = "700 56px " + FONT;
    var y = 190;
    wrap(ctx, name ? "«pledge.card_i_named name: name»" : "«pledge.card_i»", W - 240).forEach(function (l) { ctx.fillText(l, 120, y); y += 70; });
    ctx.font = "700 44px " + FONT;
    ctx.fillText("«pledge.card_pledge»", 120, y);
    y += 80;
    ctx.font = "400 38px " + FONT;
    lines.forEach(function (text) {
      ctx.fillStyle = data("accent");
      ctx.fillRect(120, y + 14, 16, 16);
      ctx.fillStyle = data("dark");
      wrap(ctx, text, W - 300).forEach(function (l) { ctx.fillText(l, 160, y); y += 52; });
      y += 22;
    });
    if (group) {
      ctx.font = "700 36px " + FONT;
      wrap(ctx, group, W - 240).forEach(function (l) { ctx.fillText(l, 120, y); y += 48; });
    }
    ctx.fillStyle = data("primary");
    ctx.fillRect(60, H - 300, W - 120, 240);
    ctx.fillStyle = "#ffffff";
    ctx.font = "700 44px " + FONT;
    ctx.fillText(data("title") + " · " + data("tagline"), 120, H - 270, W - 240);
    ctx.font = "700 36px " + FONT;
    ctx.fillText(data("hashtags"), 120, H - 195, W - 240);
    ctx.fillStyle = data("accent");
    ctx.font = "700 36px " + FONT;
    ctx.fillText("«pledge.card_hotline number: data("hotline")»", 120, H - 135, W - 240);
    canvas.setAttribute("aria-label", "«pledge.preview»" + (name ? " «pledge.preview_for name: name»" : ""));
    var mine = ++drawn;
    canvas.toBlob(function (blob) {
      if (mine !== drawn) { return; }
      if (url) { URL.revokeObjectURL(url); }
      url = URL.createObjectURL(blob);
      download.href = url;
      download.download = "«pledge.file_stem»" + (name ? "-" + slug(name) : "") + ".png";
      status.textContent = name ? "«pledge.ready»" : "";
    }, "image/png");
  }

  var slug = campaignText.slug;

  function later() {
    clearTimeout(timer);
    timer = setTimeout(draw, 150);
  }

  nameInput.addEventListener("input", later);
  groupInput.addEventListener("input", later);
  var fonts = document.fonts && document.fonts.load
    ? Promise.all([document.fonts.load("700 64px \"Be Vietnam Pro\""), document.fonts.load("400 38px \"Be Vietnam Pro\"")])
    : Promise.resolve();
  fonts.then(draw, draw);
}());
