/*
 * Campaign Kit live preview. Served only by `serve`, never part of a built site.
 * Listens to the preview's event stream: reloads this page when a build changed it, and shows the
 * problems of a failed build over the page until the file is fixed.
 */
(function () {
  'use strict';

  var script = document.currentScript;
  var shownVersion = Number(script && script.getAttribute('data-ck-version')) || 0;
  var page = (script && script.getAttribute('data-ck-page')) || '';
  var source = null;
  var overlay = null;
  var titleBefore = document.title;

  function affectsThisPage(changed) {
    if (!changed) {
      return true;
    }
    for (var i = 0; i < changed.length; i++) {
      if (changed[i] === page || !/\.html$/.test(changed[i])) {
        return true;
      }
    }
    return false;
  }

  function onState(state) {
    // Marks the page as listening, for the preview's own browser test.
    document.documentElement.setAttribute('data-ck-listening', String(state.version));
    if (!state.ok) {
      showProblems(state);
      return;
    }
    hideProblems();
    if (state.version !== shownVersion) {
      if (shownVersion === 0 || affectsThisPage(state.changed)) {
        location.reload();
        return;
      }
      shownVersion = state.version;
    }
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text) {
      node.textContent = text;
    }
    return node;
  }

  // Marks the character the problem points at, so the mark sits right in any font.
  function markedLine(row, text, col) {
    var chars = Array.from(text);
    var at = Math.max(col - 1, 0);
    row.appendChild(document.createTextNode(chars.slice(0, at).join('')));
    var mark = element('mark', 'ck-col', at < chars.length ? chars[at] : ' ');
    mark.title = 'cột ' + col;
    row.appendChild(mark);
    row.appendChild(document.createTextNode(chars.slice(at + 1).join('')));
  }

  function excerpt(problem) {
    var pre = element('pre', 'ck-code');
    pre.tabIndex = 0; // long lines scroll sideways: keyboard users must be able to scroll too
    problem.lines.forEach(function (line) {
      var row = element('span', line.here ? 'ck-line ck-here' : 'ck-line');
      row.appendChild(element('span', 'ck-n', String(line.n)));
      if (line.here && problem.col > 0) {
        markedLine(row, line.text, problem.col);
      } else {
        row.appendChild(document.createTextNode(line.text));
      }
      pre.appendChild(row);
    });
    return pre;
  }

  function showProblems(state) {
    hideProblems();
    var count = state.problemCount;
    overlay = element('div', 'ck-overlay');
    overlay.setAttribute('role', 'alertdialog');
    overlay.setAttribute('aria-labelledby', 'ck-overlay-title');
    var panel = element('div', 'ck-panel');
    var header = element('div', 'ck-header');
    var title = element('h2', 'ck-title', 'Chưa cập nhật được trang: ' + count + ' lỗi cần sửa');
    title.id = 'ck-overlay-title';
    var close = element('button', 'ck-close', 'Ẩn');
    close.type = 'button';
    close.addEventListener('click', hideProblems);
    header.appendChild(title);
    header.appendChild(close);
    panel.appendChild(header);
    panel.appendChild(element('p', 'ck-lead',
      'Sửa các chỗ dưới đây rồi lưu tệp: trang sẽ tự tải lại. Trong lúc đó bản xem trước vẫn là lần dựng thành công gần nhất.'));
    var list = element('ol', 'ck-problems');
    state.problems.forEach(function (problem) {
      var item = element('li', 'ck-problem');
      var where = element('p', 'ck-where');
      where.appendChild(element('code', '', problem.where));
      item.appendChild(where);
      item.appendChild(element('p', 'ck-message', problem.message));
      if (problem.hint) {
        item.appendChild(element('p', 'ck-hint', 'Gợi ý: ' + problem.hint));
      }
      if (problem.lines.length) {
        item.appendChild(excerpt(problem));
      }
      list.appendChild(item);
    });
    panel.appendChild(list);
    if (count > state.problems.length) {
      panel.appendChild(element('p', 'ck-lead', 'Và ' + (count - state.problems.length) + ' lỗi khác: xem cửa sổ dòng lệnh.'));
    }
    overlay.appendChild(panel);
    document.body.appendChild(overlay);
    document.title = '✖ ' + titleBefore;
    close.focus();
  }

  function hideProblems() {
    if (overlay) {
      overlay.remove();
      overlay = null;
      document.title = titleBefore;
    }
  }

  function connect() {
    if (source || document.hidden) {
      return;
    }
    source = new EventSource('/__campaignkit/events');
    source.addEventListener('state', function (event) {
      onState(JSON.parse(event.data));
    });
  }

  function disconnect() {
    if (source) {
      source.close();
      source = null;
    }
  }

  function addStylesheet() {
    var link = element('link');
    link.rel = 'stylesheet';
    link.href = '/__campaignkit/overlay.css';
    document.head.appendChild(link);
  }

  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      hideProblems();
    }
  });
  // Background tabs let go of their connection (browsers allow only six per site) and catch up when shown.
  document.addEventListener('visibilitychange', function () {
    if (document.hidden) {
      disconnect();
    } else {
      connect();
    }
  });
  addStylesheet();
  connect();
}());
