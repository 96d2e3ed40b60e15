/* Campaign Kit frame editor: puts the visitor's photo under the campaign frame, entirely in the browser.
   No library, no network: the photo is read with FileReader/Blob URLs and never leaves the device.
   Texts come from data-* attributes of #frame-editor so templates can translate them. */
(function () {
  'use strict';
  var root = document.getElementById('frame-editor');
  if (!root) { return; }
  var OUT = 1080;
  var $ = function (id) { return document.getElementById(id); };
  var msg = function (key) { return root.getAttribute('data-msg-' + key) || ''; };
  var canvas = $('fe-canvas');
  var ctx = canvas.getContext('2d');
  var circle = $('fe-circle');
  // The frame image: frame-data.js (loaded after this script) gives it its data: URL. Images that only script can
  // fill are made by script, so the page has no placeholder src.
  var frame = $('fe-frame');
  if (!frame) {
    frame = document.createElement('img');
    frame.id = 'fe-frame';
    frame.alt = '';
    frame.hidden = true;
    root.insertBefore(frame, root.firstChild);
  }
  var fetchFrame = function () {};  // set below: fetches the frame's data once
  var status = $('fe-status');
  var photo = null;          // an image or canvas, already upright
  var view = { x: 0, y: 0, scale: 1, rot: 0, cover: 1 };
  var autoOrient = null;     // does the browser apply EXIF orientation itself?
  var ua = navigator.userAgent || '';
  var inApp = /FBAN|FBAV|FB_IAB|FBIOS|Messenger|MessengerForiOS|Zalo|Instagram|Line\//i.test(ua);

  function say(text) { status.textContent = text; }

  /* ---------- EXIF orientation ---------- */
  // A 2x1 JPEG tagged orientation 6: a browser that honours EXIF shows it 1x2.
  var PROBE = 'data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/4QAiRXhpZgAATU0AKgAAAAgAAQESAAMAAAABAAYAAAAAAAD/2wBDAFA3PEY8MlBGQUZaVVBfeMiCeG5uePWvuZHI////////////////////////////////////////////////////2wBDAVVaWnhpeOuCguv/////////////////////////////////////////////////////////////////////////wAARCAABAAIDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAT/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFAEBAAAAAAAAAAAAAAAAAAAAAP/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/ALQAf//Z';
  function probeOrientation(done) {
    if (autoOrient !== null) { done(); return; }
    var img = new Image();
    img.onload = function () { autoOrient = img.naturalWidth === 1; done(); };
    img.onerror = function () { autoOrient = true; done(); };
    img.src = PROBE;
  }

  // Orientation (1-8) from the EXIF block of a JPEG, 1 when absent.
  function exifOrientation(buf) {
    var v = new DataView(buf);
    if (v.byteLength < 4 || v.getUint16(0) !== 0xFFD8) { return 1; }
    var off = 2;
    while (off + 4 <= v.byteLength) {
      var marker = v.getUint16(off);
      var size = v.getUint16(off + 2);
      if (marker === 0xFFE1 && off + 10 <= v.byteLength && v.getUint32(off + 4) === 0x45786966) {
        var t = off + 10;
        if (t + 8 > v.byteLength) { return 1; }
        var le = v.getUint16(t) === 0x4949;
        var ifd = t + v.getUint32(t + 4, le);
        if (ifd + 2 > v.byteLength) { return 1; }
        var n = v.getUint16(ifd, le);
        for (var i = 0; i < n; i++) {
          var e = ifd + 2 + i * 12;
          if (e + 10 > v.byteLength) { return 1; }
          if (v.getUint16(e, le) === 0x0112) {
            var o = v.getUint16(e + 8, le);
            return o >= 1 && o <= 8 ? o : 1;
          }
        }
        return 1;
      }
      if ((marker & 0xFF00) !== 0xFF00 || marker === 0xFFDA) { return 1; }
      off += 2 + size;
    }
    return 1;
  }

  // Redraws an image upright on a canvas for browsers that ignore EXIF.
  function upright(img, o) {
    if (autoOrient || o === 1) { return img; }
    var w = img.naturalWidth, h = img.naturalHeight;
    var c = document.createElement('canvas');
    var swap = o >= 5;
    c.width = swap ? h : w;
    c.height = swap ? w : h;
    var g = c.getContext('2d');
    var m = [null, [1, 0, 0, 1, 0, 0], [-1, 0, 0, 1, w, 0], [-1, 0, 0, -1, w, h], [1, 0, 0, -1, 0, h],
      [0, 1, 1, 0, 0, 0], [0, 1, -1, 0, h, 0], [0, -1, -1, 0, h, w], [0, -1, 1, 0, 0, w]][o];
    g.setTransform(m[0], m[1], m[2], m[3], m[4], m[5]);
    g.drawImage(img, 0, 0);
    return c;
  }

  function size(src) {
    return { w: src.naturalWidth || src.width, h: src.naturalHeight || src.height };
  }

  /* ---------- loading a photo ---------- */
  function isHeic(file) {
    return /hei[cf]/i.test(file.type) || /\.hei[cf]$/i.test(file.name || '');
  }

  function load(file) {
    if (!file) { return; }
    fetchFrame();
    say(msg('loading'));
    var readHead = file.slice(0, 131072);
    var reader = new FileReader();
    reader.onload = function () {
      var o = 1;
      try { o = exifOrientation(reader.result); } catch (err) { o = 1; }
      probeOrientation(function () { decode(file, o); });
    };
    reader.onerror = function () { say(msg('unreadable')); };
    reader.readAsArrayBuffer(readHead);
  }

  function decode(file, o) {
    var url = URL.createObjectURL(file);
    var img = new Image();
    img.onload = function () {
      photo = upright(img, o);
      if (photo !== img) { URL.revokeObjectURL(url); }
      reset();
      root.classList.add('fe-has-photo');
      $('fe-export').disabled = false;
      say(msg('ready'));
      canvas.focus();
    };
    img.onerror = function () {
      URL.revokeObjectURL(url);
      say(isHeic(file) ? msg('heic') : msg('unreadable'));
    };
    img.src = url;
  }

  /* ---------- view: position, zoom, rotation ---------- */
  function reset() {
    var s = size(photo);
    view.cover = Math.max(OUT / s.w, OUT / s.h);
    view.scale = view.cover;
    view.x = 0;
    view.y = 0;
    view.rot = 0;
    draw();
  }

  function zoom(factor) {
    if (!photo) { return; }
    view.scale = Math.min(view.cover * 8, Math.max(view.cover * 0.25, view.scale * factor));
    draw();
  }
  function move(dx, dy) { if (photo) { view.x += dx; view.y += dy; draw(); } }
  function rotate(deg) { if (photo) { view.rot = (view.rot + deg) % 360; draw(); } }

  function paint(g, px) {
    var k = px / OUT;
    g.save();
    g.fillStyle = '#ffffff';
    g.fillRect(0, 0, px, px);
    if (photo) {
      var s = size(photo);
      g.translate(px / 2 + view.x * k, px / 2 + view.y * k);
      g.rotate(view.rot * Math.PI / 180);
      g.scale(view.scale * k, view.scale * k);
      g.imageSmoothingQuality = 'high';
      g.drawImage(photo, -s.w / 2, -s.h / 2);
    }
    g.restore();
    if (frame.complete && frame.naturalWidth) { g.drawImage(frame, 0, 0, px, px); }
  }

  var pending = false;
  function draw() {
    if (pending) { return; }
    pending = true;
    var run = function () {
      pending = false;
      paint(ctx, canvas.width);
      var c = circle.getContext('2d');
      c.clearRect(0, 0, circle.width, circle.height);
      c.drawImage(canvas, 0, 0, circle.width, circle.height);
    };
    if (window.requestAnimationFrame) { window.requestAnimationFrame(run); } else { run(); }
  }

  /* ---------- pointer: drag, pinch, twist, wheel ---------- */
  var pointers = {};
  var gesture = null;
  function unit() { return OUT / (canvas.getBoundingClientRect().width || OUT); }
  function list() { return Object.keys(pointers).map(function (k) { return pointers[k]; }); }
  function startGesture() {
    var p = list();
    gesture = { x: view.x, y: view.y, scale: view.scale, rot: view.rot, p: p.map(function (q) { return { x: q.x, y: q.y }; }) };
  }
  canvas.addEventListener('pointerdown', function (e) {
    if (!photo) { return; }
    canvas.setPointerCapture(e.pointerId);
    pointers[e.pointerId] = { x: e.clientX, y: e.clientY };
    startGesture();
    e.preventDefault();
  });
  canvas.addEventListener('pointermove', function (e) {
    if (!pointers[e.pointerId] || !gesture) { return; }
    pointers[e.pointerId] = { x: e.clientX, y: e.clientY };
    var p = list();
    var u = unit();
    if (p.length === 1 && gesture.p.length === 1) {
      view.x = gesture.x + (p[0].x - gesture.p[0].x) * u;
      view.y = gesture.y + (p[0].y - gesture.p[0].y) * u;
    } else if (p.length >= 2 && gesture.p.length >= 2) {
      var a = gesture.p, d0 = Math.hypot(a[1].x - a[0].x, a[1].y - a[0].y) || 1;
      var d1 = Math.hypot(p[1].x - p[0].x, p[1].y - p[0].y);
      var t0 = Math.atan2(a[1].y - a[0].y, a[1].x - a[0].x);
      var t1 = Math.atan2(p[1].y - p[0].y, p[1].x - p[0].x);
      view.scale = Math.min(view.cover * 8, Math.max(view.cover * 0.25, gesture.scale * d1 / d0));
      view.rot = gesture.rot + (t1 - t0) * 180 / Math.PI;
      view.x = gesture.x + ((p[0].x + p[1].x) - (a[0].x + a[1].x)) / 2 * u;
      view.y = gesture.y + ((p[0].y + p[1].y) - (a[0].y + a[1].y)) / 2 * u;
    }
    draw();
  });
  function lift(e) {
    if (!pointers[e.pointerId]) { return; }
    delete pointers[e.pointerId];
    startGesture();
  }
  canvas.addEventListener('pointerup', lift);
  canvas.addEventListener('pointercancel', lift);
  canvas.addEventListener('wheel', function (e) {
    if (!photo) { return; }
    e.preventDefault();
    zoom(e.deltaY < 0 ? 1.08 : 1 / 1.08);
  }, { passive: false });

  /* ---------- keyboard and buttons ---------- */
  var STEP = 24;
  var actions = {
    'left': function () { move(-STEP, 0); }, 'right': function () { move(STEP, 0); },
    'up': function () { move(0, -STEP); }, 'down': function () { move(0, STEP); },
    'zoom-in': function () { zoom(1.1); }, 'zoom-out': function () { zoom(1 / 1.1); },
    'rotate-left': function () { rotate(-5); }, 'rotate-right': function () { rotate(5); },
    'reset': function () { if (photo) { reset(); } }
  };
  var keys = {
    ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down',
    '+': 'zoom-in', '=': 'zoom-in', '-': 'zoom-out', '_': 'zoom-out',
    '[': 'rotate-left', ']': 'rotate-right', 'q': 'rotate-left', 'e': 'rotate-right', '0': 'reset'
  };
  canvas.addEventListener('keydown', function (e) {
    var name = keys[e.key];
    if (!name || !photo) { return; }
    e.preventDefault();
    actions[name]();
  });
  Array.prototype.forEach.call(root.querySelectorAll('[data-fe]'), function (b) {
    b.addEventListener('click', function () { actions[b.getAttribute('data-fe')](); });
  });

  /* ---------- choosing files ---------- */
  ['fe-file', 'fe-camera'].forEach(function (id) {
    var input = $(id);
    if (!input) { return; }
    input.addEventListener('change', function () { load(input.files && input.files[0]); input.value = ''; });
  });
  var stage = $('fe-stage');
  if (stage) {
    stage.addEventListener('dragover', function (e) { e.preventDefault(); });
    stage.addEventListener('drop', function (e) {
      e.preventDefault();
      load(e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0]);
    });
  }

  /* ---------- export ---------- */
  var lastUrl = null;
  function render() {
    var out = document.createElement('canvas');
    out.width = OUT;
    out.height = OUT;
    paint(out.getContext('2d'), OUT);
    return out;
  }
  function showSheet(dataUrl) {
    var result = $('fe-result');
    if (!result) {
      result = document.createElement('img');
      result.id = 'fe-result';
      result.alt = msg('result-alt');
      var title = $('fe-inapp-title');
      title.parentNode.insertBefore(result, title.nextSibling);
    }
    result.src = dataUrl;
    $('fe-inapp').hidden = false;
    $('fe-close').focus();
  }
  $('fe-export').addEventListener('click', function () {
    if (!photo) { say(msg('choose')); return; }
    var out = render();
    var link = document.createElement('a');
    if (inApp || !('download' in link) || !out.toBlob) {
      showSheet(out.toDataURL('image/png'));
      return;
    }
    out.toBlob(function (blob) {
      if (lastUrl) { URL.revokeObjectURL(lastUrl); }
      lastUrl = URL.createObjectURL(blob);
      link.href = lastUrl;
      link.download = root.getAttribute('data-file-name') || 'avatar.png';
      document.body.appendChild(link);
      link.click();
      link.remove();
      say(msg('saved'));
    }, 'image/png');
  });
  $('fe-close').addEventListener('click', function () { $('fe-inapp').hidden = true; $('fe-export').focus(); });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && !$('fe-inapp').hidden) { $('fe-close').click(); }
  });
  if (inApp) { root.classList.add('fe-in-app'); }

  /* ---------- caption and sharing ---------- */
  var caption = $('fe-caption');
  function copied(ok) { say(ok ? msg('copied') : msg('copy-failed')); }
  function copyFallback() {
    caption.focus();
    caption.select();
    caption.setSelectionRange(0, caption.value.length);
    var ok = false;
    try { ok = document.execCommand('copy'); } catch (err) { ok = false; }
    copied(ok);
  }
  $('fe-copy').addEventListener('click', function () {
    if (navigator.clipboard && navigator.clipboard.writeText && window.isSecureContext) {
      navigator.clipboard.writeText(caption.value).then(function () { copied(true); }, copyFallback);
    } else {
      copyFallback();
    }
  });

  var share = $('fe-share');
  if (share && navigator.share) {
    share.hidden = false;
    share.addEventListener('click', function () {
      var data = { text: caption.value };
      var make = function (blob) {
        var f = null;
        try { f = new File([blob], root.getAttribute('data-file-name') || 'avatar.png', { type: 'image/png' }); } catch (err) { f = null; }
        if (f && navigator.canShare && navigator.canShare({ files: [f] })) { data.files = [f]; }
        navigator.share(data).catch(function () { return null; });
      };
      if (photo) { render().toBlob(make, 'image/png'); } else { navigator.share(data).catch(function () { return null; }); }
    });
  }

  // Until a photo is chosen, a page that shows the frame as a plain image (.fe-frame-view) leaves the canvas alone:
  // painting 1080 px and decoding the frame on the main thread is the page's longest task on a slow phone.
  var viewed = !!root.querySelector('.fe-frame-view');
  // Decode the 1080 px frame off the main thread before the first draw (a long task on slow phones otherwise).
  function frameReady() {
    if (viewed && !photo) { return; }
    if (frame.decode) { frame.decode().then(draw, draw); } else { draw(); }
  }
  frame.addEventListener('load', frameReady);
  if (frame.complete && frame.naturalWidth) { frameReady(); } else if (!viewed) { draw(); }
  // The frame's data (data-frame-script, 40–100 KB) sets the frame image's src, which draws it. A page that shows
  // the frame as a plain image fetches it only when the visitor reaches for a photo (pointer, keyboard focus or a
  // file dragged over the editor, and at the latest when a photo is chosen), while the file picker is open: visitors
  // who only look never download it. Other pages fetch it once the page has loaded, so it never holds up the page's
  // text and styles on a slow connection.
  var frameScript = root.getAttribute('data-frame-script');
  var frameFetched = false;
  fetchFrame = function () {
    if (frameFetched || !frameScript || frame.getAttribute('src')) { return; }
    frameFetched = true;
    var script = document.createElement('script');
    script.src = frameScript;
    document.body.appendChild(script);
  };
  if (viewed) {
    ['pointerdown', 'focusin', 'dragenter'].forEach(function (type) { root.addEventListener(type, fetchFrame); });
  } else if (document.readyState === 'complete') {
    fetchFrame();
  } else {
    window.addEventListener('load', fetchFrame);
  }
  $('fe-export').disabled = true;
}());
