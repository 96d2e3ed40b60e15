/* Campaign Kit – bàn biên tập. Plain JavaScript, no framework; every text is set as text, never as HTML. */
'use strict';
(() => {
  const TOKEN = document.querySelector('meta[name="ck-token"]').content;
  const $ = (sel, root = document) => root.querySelector(sel);
  const REFRESH_PAUSE = 350;
  const POLL_MS = 4000;

  /** Builds an element: h('button', {class: 'x', onclick: f}, 'text', child…). */
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else if (k === 'class') el.className = v;
      else if (k === 'dataset') Object.assign(el.dataset, v);
      else if (k === 'value') el.value = v;
      else if (k === 'checked') el.checked = !!v;
      else el.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      el.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return el;
  }

  /** Lower case, no Vietnamese marks, đ → d: what the filter compares. */
  function fold(text) {
    return String(text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
  }

  async function api(method, path, body, contentType) {
    const headers = {'X-CK-Token': TOKEN};
    let payload;
    if (body !== undefined) {
      if (contentType) { headers['Content-Type'] = contentType; payload = body; }
      else { headers['Content-Type'] = 'application/json'; payload = JSON.stringify(body); }
    }
    let res;
    try {
      res = await fetch('/__desk/' + path, {method, headers, body: payload, credentials: 'same-origin', cache: 'no-store'});
    } catch (e) {
      return {status: 0, json: {error: 'Không kết nối được với Campaign Kit. Cửa sổ Campaign Kit còn mở không? Phần chưa lưu vẫn được giữ trong trình duyệt.'}};
    }
    let json = {};
    try { json = await res.json(); } catch (e) { json = {}; }
    return {status: res.status, json};
  }

  const encodePath = (p) => p.split('/').map(encodeURIComponent).join('/');

  // ---------- status line and dialogs ----------
  let statusTimer;
  function say(text, kind) {
    const el = $('#status');
    el.textContent = text;
    el.className = 'status show' + (kind ? ' ' + kind : '');
    clearTimeout(statusTimer);
    statusTimer = setTimeout(() => { el.className = 'status'; }, kind === 'error' ? 9000 : 4000);
  }

  function dialog(title, body, buttons) {
    const layer = $('#dialog-layer');
    layer.textContent = '';
    return new Promise((resolve) => {
      const close = (value) => { layer.hidden = true; layer.textContent = ''; document.removeEventListener('keydown', onKey); resolve(value); };
      const onKey = (e) => { if (e.key === 'Escape') close(null); };
      document.addEventListener('keydown', onKey);
      const box = h('div', {class: 'dialog', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'dialog-title'},
        h('h2', {id: 'dialog-title'}, title), body,
        h('div', {class: 'buttons'}, (buttons || [{label: 'Đóng', value: null}]).map((b) =>
          h('button', {type: 'button', class: b.class || '', onclick: () => close(b.value)}, b.label))));
      layer.append(box);
      layer.hidden = false;
      const focus = box.querySelector('input, textarea, select') || box.querySelector('.buttons button');
      if (focus) focus.focus();
      layer.closeWith = close;
    });
  }

  const when = (iso) => {
    const d = new Date(iso);
    const mins = Math.round((Date.now() - d.getTime()) / 60000);
    if (mins < 1) return 'vừa xong';
    if (mins < 60) return mins + ' phút trước';
    if (mins < 24 * 60) return Math.round(mins / 60) + ' giờ trước';
    return d.toLocaleDateString('vi-VN');
  };
  const timeOf = (iso) => new Date(iso).toLocaleString('vi-VN');

  // ---------- the site and its list ----------
  const desk = {site: null, files: [], kinds: {}, editor: null};

  async function loadState() {
    const {json} = await api('GET', 'api/state');
    desk.site = json;
    for (const k of json.kinds) desk.kinds[k.word] = k;
    $('#site-title').textContent = json.title;
    $('#site-folder').textContent = json.folder;
    document.title = json.title + ' – Bàn biên tập';
    $('#readonly').hidden = json.editing;
    for (const id of ['#new-button', '#publish-button']) $(id).disabled = !json.editing;
    if (!json.hasSite) showNewSite();
  }

  async function loadList() {
    const {json} = await api('GET', 'api/files');
    desk.files = json.files || [];
    renderList();
  }

  const KIND_ORDER = ['home', 'tip', 'hashtag', 'contest', 'school', 'post', 'page', 'frame', 'printable', 'quiz', 'scenario', 'data', 'site', 'other'];
  function kindLabel(word) {
    if (word === 'data') return 'Danh sách trường';
    if (word === 'site') return 'Cài đặt trang web';
    if (word === 'other') return 'Tệp khác';
    return desk.kinds[word] ? desk.kinds[word].label : word;
  }

  function renderList() {
    const query = fold($('#filter').value.trim());
    const list = $('#file-list');
    const focused = document.activeElement && list.contains(document.activeElement) ? document.activeElement.dataset.path : null;
    list.textContent = '';
    let shown = 0;
    for (const kind of KIND_ORDER) {
      const files = desk.files.filter((f) => f.kind === kind && (!query || fold(f.title + ' ' + f.path).includes(query)));
      if (!files.length) continue;
      shown += files.length;
      list.append(h('h3', {class: 'kind-head'}, kindLabel(kind), ' ', h('span', {class: 'muted'}, '(' + files.length + ')')));
      const ul = h('ul', {class: 'files'});
      for (const f of files) {
        const current = desk.editor && desk.editor.path === f.path;
        ul.append(h('li', {class: f.language ? 'translation' : null}, h('button', {type: 'button', class: 'file' + (current ? ' current' : ''), dataset: {path: f.path},
          'aria-current': current ? 'page' : null, onclick: () => openFile(f.path)},
        h('span', {class: 'title'}, f.title),
        h('span', {class: 'meta'},
          f.language ? h('span', {class: 'badge lang', title: 'Bản dịch: ' + languageName(f.language)}, f.language.toUpperCase()) : null,
          f.draft ? h('span', {class: 'badge draft'}, 'Nháp') : null,
          f.problems ? h('span', {class: 'badge bad'}, f.problems + ' lỗi') : null,
          h('span', {class: 'muted'}, when(f.modified))))));
      }
      list.append(ul);
    }
    if (focused) {
      const again = list.querySelector('.file[data-path="' + CSS.escape(focused) + '"]');
      if (again) again.focus();
    }
    const problems = desk.files.reduce((n, f) => n + f.problems, 0);
    $('#list-summary').textContent = shown + ' tệp' + (problems ? ' · ' + problems + ' lỗi cần sửa' : ' · không có lỗi');
  }

  function languageName(code) {
    const language = (desk.site.languages || []).find((l) => l.code === code);
    return language ? language.name : code;
  }

  /** Under the file's name: "Bản dịch: English" and its original, or the original's translations and "Dịch sang …". */
  function languageLine(file) {
    if (file.language) {
      return h('p', {class: 'languages small', id: 'languages'}, h('span', {class: 'badge lang'}, file.language.toUpperCase()),
        ' Bản dịch: ' + file.languageName + ' · ',
        h('button', {type: 'button', class: 'link', onclick: () => openFile(file.original)}, 'Mở bản gốc'));
    }
    if (!file.translations || !file.translations.length) return null;
    return h('p', {class: 'languages small', id: 'languages'}, 'Bản dịch: ', ...file.translations.map((t) => t.exists
      ? h('button', {type: 'button', class: 'link', dataset: {lang: t.code}, onclick: () => openFile(t.path)}, t.name)
      : h('button', {type: 'button', class: 'ghost', id: 'translate-' + t.code, disabled: !desk.site.editing,
        onclick: () => translate(file.path, t)}, 'Dịch sang ' + t.name)));
  }

  async function translate(path, language) {
    if (desk.editor && desk.editor.dirty && !(await desk.editor.save())) return;
    const {status, json} = await api('POST', 'api/translate', {path, lang: language.code});
    if (status !== 200) { say(json.error || 'Chưa tạo được bản dịch.', 'error'); return; }
    say('Đã tạo bản dịch ' + language.name + ' từ bản gốc: hãy dịch tiêu đề và nội dung.', 'ok');
    await loadList();
    await openFile(json.path, {force: true});
  }

  // ---------- opening a file ----------
  async function openFile(path, options) {
    if (desk.editor && desk.editor.dirty && !(options && options.force)) {
      const choice = await dialog('Tệp chưa được lưu', h('p', {}, 'Bạn đã sửa “' + desk.editor.title() + '” mà chưa lưu. Phần chưa lưu vẫn được giữ trong trình duyệt này.'),
        [{label: 'Lưu rồi mở', value: 'save', class: 'primary'}, {label: 'Mở, không lưu', value: 'leave'}, {label: 'Ở lại', value: null}]);
      if (!choice) return;
      if (choice === 'save' && !(await desk.editor.save())) return;
    }
    if (desk.editor) desk.editor.close();
    closeListOnNarrow();
    if (path === 'data/schools.csv') {
      desk.editor = await SchoolsEditor.open();
    } else {
      const {status, json} = await api('GET', 'api/file/' + encodePath(path));
      if (status !== 200) { say(json.error || 'Không mở được tệp.', 'error'); return; }
      desk.editor = json.text ? new Editor(json) : new SpreadsheetView(json);
    }
    renderList();
  }

  // ---------- the editor of one file ----------
  function splitText(text) {
    const lines = text.split('\n');
    if (lines[0].trimEnd() !== '---') return null;
    for (let i = 1; i < lines.length; i++) {
      if (lines[i].trimEnd() === '---') {
        return {head: lines.slice(0, i + 1).join('\n') + '\n', body: lines.slice(i + 1).join('\n'), bodyLine: i + 2};
      }
    }
    return null;
  }

  const backupKey = (path) => 'ck-unsaved:' + (desk.site ? desk.site.folder : '') + ':' + path;

  class Editor {
    constructor(file) {
      this.path = file.path;
      this.kindWord = file.kind;
      this.schema = desk.kinds[file.kind] || null;
      this.version = file.version;
      this.text = file.content || '';
      this.saved = this.text;
      this.outline = file.outline;
      this.problems = file.problems || [];
      this.page = file.page;
      this.form = file;
      this.convert = false;
      this.changes = {};
      this.seq = 0;
      this.dirty = false;
      this.mode = this.schema && this.outline ? 'form' : 'raw';
      this.values = this.outline ? structuredClone(this.outline.values) : {};
      this.render();
      this.offerBackup();
      this.poller = setInterval(() => this.poll(), POLL_MS);
      this.refresh();
    }

    title() {
      return (this.values && this.values.title) || this.path;
    }

    close() {
      clearInterval(this.poller);
      clearTimeout(this.timer);
    }

    render() {
      const ws = $('#workspace');
      ws.textContent = '';
      const editing = desk.site.editing;
      this.saveButton = h('button', {type: 'button', class: 'primary', id: 'save-button', disabled: !editing, onclick: () => this.save()}, 'Lưu');
      this.modeButton = h('button', {type: 'button', class: 'ghost', id: 'mode-button', onclick: () => this.toggleMode(),
        disabled: !this.schema}, this.mode === 'form' ? 'Xem tệp gốc' : 'Xem biểu mẫu');
      this.banners = h('div', {class: 'banners'});
      this.problemBox = h('div', {class: 'problems', id: 'problems'});
      this.formBox = h('div', {class: 'form', id: 'form'});
      this.previewA = h('iframe', {title: 'Xem trước', class: 'preview shown', src: this.page || 'about:blank'});
      this.previewB = h('iframe', {title: 'Xem trước (đang tải)', class: 'preview', tabindex: '-1', 'aria-hidden': 'true'});
      this.previewNote = h('p', {class: 'muted small preview-note'}, '');
      const editorPane = h('div', {class: 'pane editor-pane'},
        h('div', {class: 'toolbar top'},
          h('div', {class: 'where'}, h('strong', {id: 'editor-title'}, this.title()), h('code', {class: 'muted small'}, this.path),
            languageLine(this.form)),
          h('div', {class: 'buttons'}, this.modeButton,
            h('button', {type: 'button', class: 'ghost', onclick: () => this.showHistory()}, 'Lịch sử'),
            h('button', {type: 'button', class: 'ghost danger', disabled: !editing, onclick: () => this.remove()}, 'Xoá'),
            this.saveButton)),
        this.banners, this.problemBox, this.formBox);
      const show = (preview) => {
        ws.classList.toggle('show-preview', preview);
        tabs.querySelectorAll('button').forEach((b, i) => b.setAttribute('aria-pressed', String((i === 1) === preview)));
      };
      const tabs = h('div', {class: 'only-narrow tabs'},
        h('button', {type: 'button', 'aria-pressed': 'true', onclick: () => show(false)}, 'Sửa'),
        h('button', {type: 'button', 'aria-pressed': 'false', onclick: () => show(true)}, 'Xem trước'));
      const previewPane = h('div', {class: 'pane preview-pane'}, h('div', {class: 'frames'}, this.previewA, this.previewB), this.previewNote);
      ws.append(tabs, h('div', {class: 'split'}, editorPane, previewPane));
      this.renderBanners();
      this.renderBody();
    }

    renderBanners() {
      this.banners.textContent = '';
      const f = this.form;
      if (f.encoding && !f.canonical && !this.convert) {
        const what = [];
        if (f.encoding !== 'utf-8') what.push('mã hoá ' + f.encoding + ' (không phải UTF-8)');
        if (f.crlf) what.push('xuống dòng kiểu Windows (CRLF)');
        if (!f.nfc) what.push('chữ có dấu ở dạng tổ hợp (NFD)');
        this.banners.append(h('div', {class: 'banner warn', id: 'consent'},
          h('p', {}, 'Tệp này đang lưu ở dạng khác: ' + what.join(', ') + '. Khi lưu, bàn biên tập sẽ chuyển sang UTF-8, xuống dòng LF, chữ có dấu dựng sẵn (NFC). Nội dung chữ không đổi.'),
          h('button', {type: 'button', onclick: () => { this.convert = true; this.renderBanners(); this.markDirty(); }}, 'Đồng ý chuyển khi lưu')));
      }
      if (this.notice) this.banners.append(this.notice);
    }

    renderBody() {
      this.formBox.textContent = '';
      this.modeButton.textContent = this.mode === 'form' ? 'Xem tệp gốc' : 'Xem biểu mẫu';
      if (this.mode === 'raw') {
        this.raw = h('textarea', {class: 'raw', id: 'raw', spellcheck: 'false', 'aria-label': 'Nội dung tệp gốc', value: this.text,
          readonly: !desk.site.editing, oninput: () => { this.text = this.raw.value; this.outlineStale = true; this.markDirty(); }});
        this.formBox.append(h('p', {class: 'muted small'}, 'Tệp gốc: phần giữa hai dòng --- là phần khai báo (front matter), bên dưới là nội dung.'), this.raw);
        this.annotate();
        return;
      }
      const split = splitText(this.text);
      const fields = this.schema.fields.filter((f) => f.type !== 'FREE');
      for (const spec of fields) {
        this.formBox.append(fieldControl(spec, this.values[spec.key], spec.key, (value) => this.setValue(spec.key, value), this));
      }
      const unknown = Object.keys(this.values).filter((k) => !this.schema.fields.some((f) => f.key === k));
      const free = this.schema.fields.filter((f) => f.type === 'FREE' && this.values[f.key] !== undefined);
      if (unknown.length || free.length) {
        this.formBox.append(h('p', {class: 'muted small', dataset: {path: unknown[0] || free[0].key}},
          'Tệp còn các khoá ' + unknown.concat(free.map((f) => f.key)).join(', ') + ': sửa chúng ở chế độ tệp gốc.'));
      }
      this.bodyArea = h('textarea', {class: 'body', id: 'body', 'aria-label': 'Nội dung (Markdown)', value: split ? split.body : '',
        readonly: !desk.site.editing, oninput: () => this.bodyChanged()});
      this.bodyArea.addEventListener('paste', (e) => this.pasteImage(e));
      this.bodyArea.addEventListener('drop', (e) => this.dropImage(e));
      this.bodyProblems = h('ul', {class: 'field-problems', id: 'body-problems'});
      this.formBox.append(h('div', {class: 'field body-field', dataset: {path: '#body'}},
        h('label', {for: 'body'}, 'Nội dung'),
        bodyToolbar(this), this.bodyArea, this.bodyProblems,
        h('p', {class: 'help'}, 'Viết bằng Markdown: **chữ đậm**, dòng bắt đầu bằng “- ” là danh sách, “## ” là tiêu đề nhỏ.')));
      this.annotate();
    }

    toggleMode() {
      if (this.mode === 'form') {
        this.mode = 'raw';
      } else {
        if (!this.outline || this.outlineStale) {
          this.refresh().then(() => {
            if (!this.outline) { say('Phần khai báo đầu tệp đang có lỗi; hãy sửa ở tệp gốc trước.', 'error'); return; }
            this.mode = 'form';
            this.values = structuredClone(this.outline.values);
            this.renderBody();
          });
          return;
        }
        this.mode = 'form';
        this.values = structuredClone(this.outline.values);
      }
      this.renderBody();
    }

    setValue(key, value) {
      this.values[key] = value;
      this.changes[key] = value === undefined ? null : value;
      if (key === 'title') $('#editor-title').textContent = value || this.path;
      this.markDirty();
    }

    bodyChanged() {
      const split = splitText(this.text);
      this.text = (split ? split.head : '---\n---\n') + this.bodyArea.value;
      this.markDirty();
    }

    markDirty() {
      this.dirty = this.text !== this.saved || Object.keys(this.changes).length > 0 || this.convert;
      this.saveButton.textContent = this.dirty ? 'Lưu' : 'Đã lưu';
      this.saveButton.classList.toggle('pending', this.dirty);
      if (this.dirty) {
        try { localStorage.setItem(backupKey(this.path), JSON.stringify({text: this.text, changes: this.changes, version: this.version, at: new Date().toISOString()})); } catch (e) { /* storage full or off */ }
      }
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.refresh(), REFRESH_PAUSE);
    }

    /** Sends the text (and form changes) to be checked and rendered; one request at a time, the latest text wins. */
    refresh() {
      if (this.inFlight) { this.again = true; return this.inFlight; }
      const changes = this.changes;
      this.changes = {};
      const seq = ++this.seq;
      const started = performance.now();
      this.inFlight = api('POST', 'api/draft', {path: this.path, text: this.text, changes}).then(({status, json}) => {
        this.inFlight = null;
        if (status !== 200) {
          if (Object.keys(changes).length) this.changes = Object.assign(changes, this.changes);
          this.showProblems([], json.error);
        } else if (seq === this.seq) {
          this.applyDraft(json, Object.keys(changes).length > 0, started);
        }
        if (this.again) { this.again = false; return this.refresh(); }
        return null;
      });
      return this.inFlight;
    }

    applyDraft(json, composed, started) {
      if (composed) {
        const fresh = splitText(json.content);
        const mine = splitText(this.text);
        this.text = fresh && mine ? fresh.head + mine.body : json.content;
      }
      this.outline = json.outline;
      this.outlineStale = false;
      this.problems = json.problems || [];
      this.otherProblems = json.otherProblems || 0;
      if (this.mode === 'raw' && composed && this.raw) this.raw.value = this.text;
      this.dirty = this.text !== this.saved || this.convert;
      this.saveButton.textContent = this.dirty ? 'Lưu' : 'Đã lưu';
      this.annotate();
      if (json.preview) this.showPreview(json.preview, started);
      else this.previewNote.textContent = this.path.startsWith('content/print/')
        ? 'Ấn phẩm in được xem trước ở trang Tải về sau khi lưu.' : '';
    }

    showPreview(url, started) {
      const next = this.previewB;
      const shown = this.previewA;
      let scroll = 0;
      try { scroll = shown.contentWindow.scrollY; } catch (e) { scroll = 0; }
      next.onload = () => {
        try { next.contentWindow.scrollTo(0, scroll); } catch (e) { /* another origin never happens here */ }
        next.classList.add('shown');
        next.removeAttribute('aria-hidden');
        next.removeAttribute('tabindex');
        shown.classList.remove('shown');
        shown.setAttribute('aria-hidden', 'true');
        shown.setAttribute('tabindex', '-1');
        this.previewA = next;
        this.previewB = shown;
        window.ckLastPreviewMs = performance.now() - started;
        document.body.dataset.previewUrl = url;
      };
      next.src = url;
    }

    /** Problems shown at the field (or body line) they belong to, with the validator's hint. */
    annotate() {
      this.formBox.querySelectorAll('.field-problems').forEach((ul) => { ul.textContent = ''; });
      this.formBox.querySelectorAll('.has-problem').forEach((el) => el.classList.remove('has-problem'));
      const general = [];
      const lines = this.outline ? this.outline.lines : {};
      const bodyLine = this.outline ? this.outline.bodyLine : 1;
      for (const p of this.problems) {
        let placed = false;
        if (this.mode === 'form') {
          let best = null;
          for (const [path, line] of Object.entries(lines)) {
            if (line === p.line && (!best || path.length > best.length)) best = path;
          }
          let el = best ? this.fieldFor(best) : null;
          if (!el && p.line >= bodyLine && this.bodyProblems) {
            this.bodyProblems.append(problemItem(p, 'Dòng ' + (p.line - bodyLine + 1) + ' của nội dung: ', () => selectLine(this.bodyArea, p.line - bodyLine + 1)));
            this.bodyProblems.closest('.field').classList.add('has-problem');
            placed = true;
          } else if (el) {
            el.querySelector(':scope > .field-problems').append(problemItem(p));
            el.classList.add('has-problem');
            placed = true;
          }
        }
        if (!placed) general.push(p);
      }
      this.showProblems(general);
    }

    fieldFor(path) {
      let parts = path.split('.');
      while (parts.length) {
        const el = this.formBox.querySelector('[data-path="' + CSS.escape(parts.join('.')) + '"]');
        if (el && el.querySelector(':scope > .field-problems')) return el;
        parts = parts.slice(0, -1);
      }
      return null;
    }

    showProblems(general, error) {
      const box = this.problemBox;
      box.textContent = '';
      const count = this.problems.length;
      if (error) box.append(h('p', {class: 'banner bad'}, error));
      box.append(h('p', {class: count ? 'count bad' : 'count ok', id: 'problem-count'},
        count ? count + ' lỗi trong tệp này' + (general.length < count ? ' (xem ở từng ô bên dưới)' : '') : '✓ Tệp không có lỗi',
        this.otherProblems ? ' · ' + this.otherProblems + ' lỗi ở tệp khác' : ''));
      if (general.length) {
        box.append(h('ul', {class: 'field-problems'}, general.map((p) => problemItem(p, 'Dòng ' + Math.max(1, p.line) + ': ', () => {
          if (this.mode !== 'raw') { this.mode = 'raw'; this.renderBody(); }
          selectLine(this.raw, p.line);
        }))));
      }
    }

    async save() {
      if (!desk.site.editing) return false;
      clearTimeout(this.timer);
      if (this.inFlight || Object.keys(this.changes).length) await this.refresh();
      if (this.inFlight) await this.inFlight;
      const started = performance.now();
      const {status, json} = await api('POST', 'api/save', {path: this.path, text: this.text, version: this.version, convert: this.convert});
      window.ckLastSaveMs = performance.now() - started;
      if (status === 200) {
        this.version = json.version;
        this.saved = this.text;
        this.convert = false;
        this.form.canonical = true;
        this.notice = null;
        this.renderBanners();
        this.markDirty();
        localStorage.removeItem(backupKey(this.path));
        say('Đã lưu lúc ' + new Date().toLocaleTimeString('vi-VN') + '.', 'ok');
        loadList();
        return true;
      }
      if (status === 409 && json.conflict) return this.conflict(json);
      if (status === 428) {
        this.form.canonical = false;
        this.renderBanners();
        say(json.error, 'error');
        return false;
      }
      say(json.error || 'Chưa lưu được.', 'error');
      return false;
    }

    /** The disk changed since this file was opened: both versions side by side; nothing is overwritten unless chosen. */
    async conflict(json) {
      const mine = h('textarea', {class: 'merge', id: 'merge-mine', value: this.text, 'aria-label': 'Bản của bạn (sửa được để gộp)'});
      const disk = h('textarea', {class: 'merge', id: 'merge-disk', value: json.diskText, readonly: true, 'aria-label': 'Bản trên đĩa'});
      const diff = differingLines(json.diskText, this.text);
      const body = h('div', {class: 'conflict'},
        h('p', {}, json.error + ' Có thể bạn đang mở tệp ở một tab khác, hoặc ai đó đã sửa tệp bằng chương trình khác. Chưa có gì bị ghi đè.'),
        diff.length ? h('p', {class: 'muted small'}, 'Khác nhau ở dòng: ' + diff.slice(0, 30).join(', ') + (diff.length > 30 ? '…' : '')) : null,
        h('div', {class: 'columns'},
          h('div', {}, h('h3', {}, json.diskExists ? 'Bản trên đĩa (mới nhất)' : 'Tệp đã bị xoá trên đĩa'), disk),
          h('div', {}, h('h3', {}, 'Bản của bạn – sửa ở đây nếu muốn gộp'), mine)));
      const choice = await dialog('Tệp đã thay đổi ở nơi khác', body, [
        {label: 'Lưu bản bên phải (của tôi / đã gộp)', value: 'mine', class: 'primary'},
        json.diskExists ? {label: 'Dùng bản trên đĩa, bỏ phần tôi sửa', value: 'disk'} : null,
        {label: 'Để sau', value: null}].filter(Boolean));
      if (choice === 'mine') {
        this.text = mine.value;
        this.version = json.diskVersion;
        this.afterTextReplaced();
        return this.save();
      }
      if (choice === 'disk') {
        this.text = json.diskText;
        this.saved = json.diskText;
        this.version = json.diskVersion;
        localStorage.removeItem(backupKey(this.path));
        this.afterTextReplaced();
      }
      return false;
    }

    afterTextReplaced() {
      this.changes = {};
      this.outlineStale = true;
      this.refresh().then(() => {
        if (this.outline) this.values = structuredClone(this.outline.values);
        else this.mode = 'raw';
        this.renderBody();
        this.markDirty();
      });
    }

    offerBackup() {
      let backup = null;
      try { backup = JSON.parse(localStorage.getItem(backupKey(this.path)) || 'null'); } catch (e) { backup = null; }
      if (!backup || backup.text === this.text) { if (backup) localStorage.removeItem(backupKey(this.path)); return; }
      this.notice = h('div', {class: 'banner warn', id: 'backup'},
        h('p', {}, 'Có phần sửa chưa lưu của tệp này từ ' + timeOf(backup.at) + ' (có thể trình duyệt đã bị đóng hoặc Campaign Kit đã dừng).'),
        h('button', {type: 'button', onclick: () => {
          this.text = backup.text;
          this.version = backup.version;
          this.notice = null;
          this.renderBanners();
          this.afterTextReplaced();
        }}, 'Khôi phục phần chưa lưu'),
        h('button', {type: 'button', class: 'ghost', onclick: () => { localStorage.removeItem(backupKey(this.path)); this.notice = null; this.renderBanners(); }}, 'Bỏ'));
      this.renderBanners();
    }

    /** Notices when another tab or program changed the file; reloads it when nothing here is unsaved. */
    async poll() {
      if (document.hidden || this.checking) return;
      this.checking = true;
      const {status, json} = await api('GET', 'api/file/' + encodePath(this.path));
      this.checking = false;
      if (status !== 200 || json.version === this.version || desk.editor !== this) return;
      if (!json.exists) {
        if (this.warnedVersion === json.version) return;
        this.warnedVersion = json.version;
        this.notice = h('div', {class: 'banner warn'}, h('p', {}, 'Tệp vừa bị xoá hoặc đổi tên ở nơi khác. Nội dung vẫn còn ở đây; bấm Lưu để tạo lại tệp, hoặc xem Thùng rác.'));
        this.renderBanners();
        return;
      }
      if (!this.dirty) {
        this.version = json.version;
        this.text = json.content || '';
        this.saved = this.text;
        this.form = json;
        this.notice = h('div', {class: 'banner info'}, h('p', {}, 'Tệp vừa được sửa ở nơi khác; bàn biên tập đã tải bản mới nhất.'));
        this.renderBanners();
        this.afterTextReplaced();
      } else if (!this.warnedVersion || this.warnedVersion !== json.version) {
        this.warnedVersion = json.version;
        this.notice = h('div', {class: 'banner warn'}, h('p', {}, 'Tệp vừa được sửa ở nơi khác (một tab khác hoặc chương trình khác). Khi bạn lưu, bàn biên tập sẽ cho bạn xem cả hai bản để chọn.'));
        this.renderBanners();
      }
    }

    async showHistory() {
      const {json} = await api('GET', 'api/history/' + encodePath(this.path));
      const versions = json.versions || [];
      const list = h('ul', {class: 'history'});
      for (const v of versions) {
        list.append(h('li', {}, h('span', {}, timeOf(v.replaced) + ' · ' + Math.max(1, Math.round(v.size / 1024)) + ' KB'),
          h('button', {type: 'button', dataset: {id: v.id}, onclick: () => this.previewVersion(v)}, 'Xem và khôi phục')));
      }
      dialog('Các bản trước của tệp', versions.length ? h('div', {}, h('p', {class: 'muted small'}, 'Mỗi lần lưu, bản cũ được giữ lại (tối đa 20 bản), trong thư mục .campaignkit/history của trang.'), list)
        : h('p', {}, 'Chưa có bản nào trước đó: tệp chưa được lưu lại lần nào từ bàn biên tập.'));
    }

    async previewVersion(v) {
      const {json} = await api('GET', 'api/history/' + encodePath(this.path) + '?id=' + encodeURIComponent(v.id));
      const choice = await dialog('Bản lúc ' + timeOf(v.replaced), h('textarea', {class: 'merge', readonly: true, value: json.text || ''}),
        [{label: 'Khôi phục bản này', value: 'restore', class: 'primary'}, {label: 'Đóng', value: null}]);
      if (choice !== 'restore') return;
      if (this.dirty && !(await this.save())) return;
      const {status, json: done} = await api('POST', 'api/restore', {path: this.path, id: v.id, version: this.version});
      if (status === 200) {
        say('Đã khôi phục bản lúc ' + timeOf(v.replaced) + '; bản vừa thay được giữ trong lịch sử.', 'ok');
        openFile(this.path, {force: true});
      } else if (status === 409 && done.conflict) {
        this.conflict(done);
      } else {
        say(done.error || 'Chưa khôi phục được.', 'error');
      }
    }

    async remove() {
      const ok = await dialog('Xoá tệp này?', h('p', {}, '“' + this.title() + '” sẽ được chuyển vào thùng rác (thư mục .campaignkit/trash) và có thể lấy lại bất cứ lúc nào.'),
        [{label: 'Chuyển vào thùng rác', value: true, class: 'danger'}, {label: 'Không xoá', value: null}]);
      if (!ok) return;
      const {status, json} = await api('POST', 'api/delete', {path: this.path, version: this.version});
      if (status === 200) {
        localStorage.removeItem(backupKey(this.path));
        this.dirty = false;
        this.close();
        desk.editor = null;
        $('#workspace').textContent = '';
        $('#workspace').append(h('div', {class: 'welcome'}, h('p', {}, 'Đã chuyển “' + this.title() + '” vào thùng rác. '),
          h('button', {type: 'button', onclick: () => untrash(json.trashId)}, 'Hoàn tác')));
        loadList();
      } else if (status === 409) {
        say('Tệp đã thay đổi ở nơi khác nên chưa xoá; hãy xem bản mới nhất trước.', 'error');
      } else {
        say(json.error || 'Chưa xoá được.', 'error');
      }
    }

    pasteImage(e) {
      const file = [...(e.clipboardData ? e.clipboardData.files : [])].find((f) => f.type.startsWith('image/'));
      if (file) { e.preventDefault(); uploadImage(file, this); }
    }

    dropImage(e) {
      const file = [...(e.dataTransfer ? e.dataTransfer.files : [])].find((f) => f.type.startsWith('image/'));
      if (file) { e.preventDefault(); uploadImage(file, this); }
    }
  }

  function problemItem(p, prefix, onclick) {
    return h('li', {}, onclick ? h('button', {type: 'button', class: 'link', onclick}, (prefix || '').trim()) : (prefix || ''), onclick ? ' ' : '',
      p.message, p.hint ? h('span', {class: 'hint'}, ' Gợi ý: ' + p.hint) : null);
  }

  function selectLine(area, line) {
    if (!area) return;
    const lines = area.value.split('\n');
    let start = 0;
    for (let i = 0; i < Math.min(line - 1, lines.length); i++) start += lines[i].length + 1;
    const end = start + (lines[line - 1] || '').length;
    area.focus();
    area.setSelectionRange(start, end);
    const lineHeight = parseFloat(getComputedStyle(area).lineHeight) || 20;
    area.scrollTop = Math.max(0, (line - 3) * lineHeight);
  }

  /** Line numbers (of the right-hand text) that differ, by a longest-common-subsequence of lines. */
  function differingLines(a, b) {
    const x = a.split('\n');
    const y = b.split('\n');
    if (x.length * y.length > 4e6) return [];
    const n = x.length;
    const m = y.length;
    const dp = Array.from({length: n + 1}, () => new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) dp[i][j] = x[i] === y[j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
    const out = [];
    let i = 0;
    let j = 0;
    while (j < m) {
      if (i < n && x[i] === y[j]) { i++; j++; } else if (i < n && dp[i + 1][j] >= dp[i][j + 1]) { i++; } else { out.push(j + 1); j++; }
    }
    return out;
  }

  // ---------- form fields from the schema ----------
  let fieldSeq = 0;
  const ID = () => 'f' + (++fieldSeq);

  function fieldControl(spec, value, path, onChange, editor) {
    const id = ID();
    const readonly = !desk.site.editing;
    const label = h('label', {for: id}, spec.label, spec.required ? h('span', {class: 'req', title: 'bắt buộc'}, ' *') : null);
    const help = spec.help ? h('p', {class: 'help'}, spec.help) : null;
    const problems = h('ul', {class: 'field-problems'});
    const wrap = (control) => h('div', {class: 'field field-' + spec.type.toLowerCase(), dataset: {path, key: spec.key}}, label, control, help, problems);
    const str = (v) => (v === undefined || v === null ? '' : String(v));
    switch (spec.type) {
      case 'LONG_TEXT':
      case 'MARKDOWN':
        return wrap(h('textarea', {id, rows: spec.type === 'MARKDOWN' ? 5 : 3, value: str(value), readonly, oninput: (e) => onChange(e.target.value)}));
      case 'DATE':
        return wrap(h('input', {id, type: 'date', value: str(value), readonly, oninput: (e) => onChange(e.target.value)}));
      case 'INTEGER':
        return wrap(h('input', {id, type: 'number', inputmode: 'numeric', min: spec.min, max: spec.max, placeholder: spec.defaultValue || null,
          value: str(value), readonly, oninput: (e) => onChange(e.target.value === '' ? null : e.target.value)}));
      case 'BOOLEAN': {
        const defaultTrue = spec.defaultValue === 'true';
        const box = h('input', {id, type: 'checkbox', checked: value === undefined || value === '' ? defaultTrue : value === true || value === 'true',
          disabled: readonly, onchange: (e) => onChange(e.target.checked === defaultTrue && value === undefined ? null : e.target.checked)});
        return h('div', {class: 'field field-boolean', dataset: {path, key: spec.key}}, h('label', {class: 'inline', for: id}, box, ' ', spec.label), help, problems);
      }
      case 'CHOICE': {
        const select = h('select', {id, disabled: readonly, onchange: (e) => onChange(e.target.value || null)},
          h('option', {value: ''}, spec.required ? '— chọn —' : spec.defaultValue ? '(mặc định: ' + spec.defaultValue + ')' : '(không)'),
          spec.allowed.map((a) => h('option', {value: a}, a)));
        select.value = spec.allowed.includes(str(value)) ? str(value) : '';
        if (value && !spec.allowed.includes(str(value))) select.append(h('option', {value: str(value), selected: true}, str(value) + ' (không hợp lệ)'));
        return wrap(select);
      }
      case 'CHOICES': {
        const chosen = new Set((Array.isArray(value) ? value : value ? [value] : []).map(String));
        const boxes = spec.allowed.map((a) => {
          const cid = ID();
          return h('label', {class: 'inline', for: cid}, h('input', {id: cid, type: 'checkbox', value: a, checked: chosen.has(a), disabled: readonly,
            onchange: (e) => { if (e.target.checked) chosen.add(a); else chosen.delete(a); onChange(spec.allowed.filter((x) => chosen.has(x)).concat([...chosen].filter((x) => !spec.allowed.includes(x)))); }}), ' ', a);
        });
        return h('div', {class: 'field field-choices', dataset: {path, key: spec.key}}, h('span', {class: 'label', id}, spec.label), h('div', {class: 'choices', role: 'group', 'aria-labelledby': id}, boxes), help, problems);
      }
      case 'TEXT_LIST':
        return wrap(h('textarea', {id, rows: 3, value: (Array.isArray(value) ? value : value ? [value] : []).join('\n'), readonly,
          placeholder: 'Mỗi dòng một mục', oninput: (e) => onChange(e.target.value.split('\n').map((s) => s.trim()).filter(Boolean))}));
      case 'COLOR':
        return wrap(h('input', {id, type: 'text', value: str(value), placeholder: '#0b5cad', pattern: '#[0-9a-fA-F]{6}', readonly, oninput: (e) => onChange(e.target.value)}));
      case 'GROUP': {
        const group = Object.assign({}, value && typeof value === 'object' ? value : {});
        return h('fieldset', {class: 'field group', dataset: {path, key: spec.key}}, h('legend', {}, spec.label), help,
          spec.items.map((item) => fieldControl(item, group[item.key], path + '.' + item.key, (v) => {
            if (v === null || v === '') delete group[item.key]; else group[item.key] = v;
            onChange(Object.keys(group).length ? Object.assign({}, group) : null);
          }, editor)), problems);
      }
      case 'GROUP_LIST':
        return groupList(spec, Array.isArray(value) ? value : [], path, onChange, editor);
      case 'FILE':
        return wrap(h('div', {class: 'with-button'}, h('input', {id, type: 'text', value: str(value), readonly, oninput: (e) => onChange(e.target.value)}),
          h('button', {type: 'button', class: 'ghost', disabled: readonly, onclick: (e) => pickImage((url) => {
            const input = e.target.closest('.with-button').querySelector('input');
            input.value = spec.key === 'logo' || spec.key === 'overlay' ? url.replace(/^\/assets\//, '') : url;
            onChange(input.value);
          })}, 'Chọn ảnh…')));
      default:
        return wrap(h('input', {id, type: 'text', value: str(value), readonly, list: spec.key === 'to' || spec.key === 'start' ? 'scene-ids' : null,
          placeholder: spec.type === 'HASHTAG' ? '#khongmotminh' : spec.type === 'URL' ? 'https://…' : null,
          inputmode: spec.type === 'URL' ? 'url' : null, oninput: (e) => onChange(e.target.value)}));
    }
  }

  /** Questions and answers, scenes and choices: cards that can be added, removed and moved. */
  function groupList(spec, items, path, onChange, editor) {
    const list = items.map((it) => (it && typeof it === 'object' ? Object.assign({}, it) : {}));
    const box = h('div', {class: 'field group-list', dataset: {path, key: spec.key}});
    const readonly = !desk.site.editing;
    const emit = () => onChange(list.map((it) => orderByItems(spec, it)));
    const draw = () => {
      box.textContent = '';
      box.append(h('h3', {class: 'label'}, spec.label, spec.required ? h('span', {class: 'req'}, ' *') : null));
      if (spec.help) box.append(h('p', {class: 'help'}, spec.help));
      box.append(h('ul', {class: 'field-problems'}));
      if (spec.key === 'scenes') box.append(sceneIds(list));
      list.forEach((item, i) => {
        const itemPath = path + '.' + i;
        const card = h('div', {class: 'card', dataset: {path: itemPath}},
          h('div', {class: 'card-head'}, h('strong', {}, itemName(spec, i, item)),
            h('span', {class: 'card-buttons'},
              h('button', {type: 'button', class: 'ghost small', disabled: readonly || i === 0, 'aria-label': 'Lên trên', onclick: () => { list.splice(i - 1, 0, list.splice(i, 1)[0]); emit(); draw(); }}, '↑'),
              h('button', {type: 'button', class: 'ghost small', disabled: readonly || i === list.length - 1, 'aria-label': 'Xuống dưới', onclick: () => { list.splice(i + 1, 0, list.splice(i, 1)[0]); emit(); draw(); }}, '↓'),
              h('button', {type: 'button', class: 'ghost small danger', disabled: readonly, onclick: () => { list.splice(i, 1); emit(); draw(); }}, 'Bỏ'))),
          h('ul', {class: 'field-problems'}));
        for (const itemSpec of spec.items) {
          card.append(fieldControl(itemSpec, item[itemSpec.key], itemPath + '.' + itemSpec.key, (v) => {
            if (v === null || v === '' || (Array.isArray(v) && !v.length) || v === false) delete item[itemSpec.key]; else item[itemSpec.key] = v;
            if (itemSpec.key === 'id' && spec.key === 'scenes') box.querySelector('datalist').replaceWith(sceneIds(list));
            emit();
          }, editor));
        }
        box.append(card);
      });
      box.append(h('button', {type: 'button', class: 'add', disabled: readonly, onclick: () => {
        list.push(newItem(spec));
        emit();
        draw();
        const cards = box.querySelectorAll(':scope > .card');
        const first = cards[cards.length - 1].querySelector('input, textarea');
        if (first) first.focus();
      }}, '+ Thêm ' + spec.label.toLowerCase()));
      if (editor) editor.annotate();
    };
    draw();
    return box;
  }

  function itemName(spec, i, item) {
    const names = {questions: 'Câu hỏi', answers: 'Đáp án', scenes: 'Cảnh', choices: 'Lựa chọn'};
    return (names[spec.key] || spec.label) + ' ' + (i + 1) + (item.id ? ' – ' + item.id : '');
  }

  function newItem(spec) {
    if (spec.key === 'questions') return {question: '', answers: [{text: '', correct: true, why: ''}, {text: '', why: ''}]};
    if (spec.key === 'scenes') return {id: '', text: '', choices: [{text: '', to: ''}]};
    return {};
  }

  function orderByItems(spec, item) {
    const out = {};
    for (const s of spec.items) if (item[s.key] !== undefined) out[s.key] = item[s.key];
    for (const k of Object.keys(item)) if (!(k in out)) out[k] = item[k];
    return out;
  }

  function sceneIds(list) {
    return h('datalist', {id: 'scene-ids'}, list.filter((s) => s.id).map((s) => h('option', {value: s.id})));
  }

  // ---------- body toolbar: bold, list, link, picture ----------
  function bodyToolbar(editor) {
    const readonly = !desk.site.editing;
    const b = (label, title, action) => h('button', {type: 'button', class: 'tool', title, 'aria-label': title, disabled: readonly, onclick: action}, label);
    return h('div', {class: 'toolbar tools', role: 'toolbar', 'aria-label': 'Định dạng'},
      b('B', 'Chữ đậm', () => wrapSelection(editor, '**', '**', 'chữ đậm')),
      b('• Danh sách', 'Danh sách', () => prefixLines(editor, '- ')),
      b('Liên kết', 'Liên kết tới một trang', () => linkPicker(editor)),
      b('Ảnh', 'Chèn ảnh', () => pickImage((url) => insertAtCursor(editor, '![Mô tả ảnh](' + url + ')', 'Mô tả ảnh'), editor)));
  }

  function wrapSelection(editor, before, after, placeholder) {
    const area = editor.bodyArea;
    const s = area.selectionStart;
    const e = area.selectionEnd;
    const text = area.value.slice(s, e) || placeholder;
    area.setRangeText(before + text + after, s, e, 'end');
    area.setSelectionRange(s + before.length, s + before.length + text.length);
    area.focus();
    editor.bodyChanged();
  }

  function prefixLines(editor, prefix) {
    const area = editor.bodyArea;
    const s = area.value.lastIndexOf('\n', area.selectionStart - 1) + 1;
    let e = area.value.indexOf('\n', area.selectionEnd);
    if (e < 0) e = area.value.length;
    const lines = area.value.slice(s, e).split('\n').map((l) => (l.startsWith(prefix) ? l : prefix + l));
    area.setRangeText(lines.join('\n'), s, e, 'end');
    area.focus();
    editor.bodyChanged();
  }

  function insertAtCursor(editor, text, select) {
    const area = editor.bodyArea;
    if (!area) return;
    const s = area.selectionStart;
    area.setRangeText(text, s, area.selectionEnd, 'end');
    const at = text.indexOf(select);
    if (at >= 0) area.setSelectionRange(s + at, s + at + select.length);
    area.focus();
    editor.bodyChanged();
  }

  async function linkPicker(editor) {
    const {json} = await api('GET', 'api/pages?for=' + encodeURIComponent(editor.path || ''));
    const pages = json.pages || [];
    const area = editor.bodyArea;
    const selected = area.value.slice(area.selectionStart, area.selectionEnd);
    const filter = h('input', {type: 'search', placeholder: 'Tìm trang…', 'aria-label': 'Tìm trang'});
    const web = h('input', {type: 'url', placeholder: 'hoặc địa chỉ web: https://…', 'aria-label': 'Địa chỉ web'});
    const list = h('ul', {class: 'pick'});
    let chosen = null;
    const draw = () => {
      list.textContent = '';
      const q = fold(filter.value);
      for (const p of pages.filter((x) => !q || fold(x.title + ' ' + x.url).includes(q)).slice(0, 60)) {
        list.append(h('li', {}, h('button', {type: 'button', class: chosen === p ? 'chosen' : '', onclick: () => { chosen = p; web.value = ''; draw(); }},
          p.title, ' ', h('span', {class: 'muted small'}, p.url))));
      }
    };
    filter.addEventListener('input', draw);
    draw();
    const ok = await dialog('Chèn liên kết', h('div', {}, filter, list, web), [{label: 'Chèn', value: true, class: 'primary'}, {label: 'Huỷ', value: null}]);
    if (!ok) return;
    const url = web.value.trim() || (chosen && chosen.url);
    if (!url) return;
    const text = selected || (chosen && !web.value.trim() ? chosen.title : 'chữ liên kết');
    insertAtCursor(editor, '[' + text + '](' + url + ')', text);
  }

  async function pickImage(use, editor) {
    const {json} = await api('GET', 'api/images');
    const input = h('input', {type: 'file', accept: 'image/jpeg,image/png,image/gif', id: 'image-file'});
    const list = h('ul', {class: 'pick images'}, (json.images || []).map((img) => h('li', {}, h('button', {type: 'button', onclick: () => { $('#dialog-layer').closeWith(null); use(img.url); }},
      h('img', {src: img.url, alt: '', loading: 'lazy'}), h('span', {class: 'small'}, img.path.split('/').pop())))));
    input.addEventListener('change', async () => {
      if (!input.files[0]) return;
      $('#dialog-layer').closeWith(null);
      const url = await uploadImage(input.files[0]);
      if (url) use(url);
    });
    dialog('Chọn ảnh', h('div', {}, h('label', {for: 'image-file', class: 'upload'}, 'Tải ảnh mới lên (JPEG, PNG): ', input),
      h('p', {class: 'muted small'}, 'Ảnh lớn hơn ' + desk.site.maxImageSide + ' điểm ảnh được thu nhỏ; vị trí chụp và thông tin cá nhân trong ảnh được xoá.'), list));
    return editor;
  }

  async function uploadImage(file, editorToInsert) {
    if (!desk.site.editing) return null;
    say('Đang tải ảnh lên…');
    const {status, json} = await api('POST', 'api/upload?name=' + encodeURIComponent(file.name || 'anh'), file, 'application/octet-stream');
    if (status !== 200) { say(json.error || 'Chưa tải được ảnh.', 'error'); return null; }
    say('Đã thêm ảnh ' + json.path + (json.scaled ? ' (đã thu nhỏ còn ' + json.width + ' × ' + json.height + ')' : '') + '.', 'ok');
    if (editorToInsert) insertAtCursor(editorToInsert, '![Mô tả ảnh](' + json.url + ')', 'Mô tả ảnh');
    return json.url;
  }

  // ---------- the schools list as a table ----------
  const SchoolsEditor = {
    async open() {
      const {json} = await api('GET', 'api/table');
      return new TableEditor(json);
    },
  };

  class TableEditor {
    constructor(table) {
      this.path = table.path;
      this.version = table.version;
      this.header = table.header || [];
      this.rows = table.rows || [];
      this.canonical = table.canonical;
      this.convert = false;
      this.problems = table.problems || [];
      this.dirty = false;
      this.page = 0;
      this.render();
    }

    title() { return 'Danh sách trường'; }
    close() { clearTimeout(this.timer); }

    render() {
      const ws = $('#workspace');
      ws.textContent = '';
      const editing = desk.site.editing;
      this.saveButton = h('button', {type: 'button', class: 'primary', id: 'save-button', disabled: !editing, onclick: () => this.save()}, 'Đã lưu');
      this.filter = h('input', {type: 'search', placeholder: 'Lọc theo tên trường, tỉnh…', 'aria-label': 'Lọc danh sách trường', oninput: () => { this.page = 0; this.draw(); }});
      this.problemBox = h('div', {class: 'problems', id: 'problems'});
      this.table = h('div', {class: 'table-wrap'});
      ws.append(h('div', {class: 'pane table-pane'},
        h('div', {class: 'toolbar top'}, h('div', {class: 'where'}, h('strong', {}, 'Danh sách trường'), h('code', {class: 'muted small'}, this.path)),
          h('div', {class: 'buttons'}, h('button', {type: 'button', class: 'ghost', disabled: !editing, onclick: () => { this.rows.push(this.header.map(() => '')); this.page = Math.floor((this.rows.length - 1) / 100); this.changed(); this.draw(); }}, '+ Thêm trường'), this.saveButton)),
        !this.canonical ? h('div', {class: 'banner warn'}, h('p', {}, 'Tệp đang lưu ở dạng khác (có thể do Excel: xuống dòng kiểu Windows hoặc mã hoá khác). Khi lưu, tệp được chuyển sang UTF-8.'),
          h('button', {type: 'button', onclick: (e) => { this.convert = true; e.target.closest('.banner').remove(); this.changed(); }}, 'Đồng ý chuyển khi lưu')) : null,
        h('p', {class: 'muted small'}, 'Mỗi dòng là một trường. Cột title (tên trường) và province (tỉnh, thành phố) là bắt buộc; các thẻ cách nhau bằng dấu ;. Không ghi số điện thoại cá nhân.'),
        this.filter, this.problemBox, this.table));
      this.draw();
      this.annotate();
    }

    draw() {
      const q = fold(this.filter.value);
      const indexes = this.rows.map((r, i) => i).filter((i) => !q || fold(this.rows[i].join(' ')).includes(q));
      const pages = Math.max(1, Math.ceil(indexes.length / 100));
      this.page = Math.min(this.page, pages - 1);
      const shown = indexes.slice(this.page * 100, this.page * 100 + 100);
      const labels = Object.fromEntries(desk.site.schoolColumns.map((c) => [c.key, c.label]));
      const readonly = !desk.site.editing;
      const table = h('table', {class: 'schools'},
        h('thead', {}, h('tr', {}, h('th', {}, '#'), this.header.map((c) => h('th', {scope: 'col'}, labels[c] || c, h('br'), h('code', {class: 'small muted'}, c))), h('th', {}, ''))),
        h('tbody', {}, shown.map((i) => h('tr', {dataset: {row: i}}, h('th', {scope: 'row'}, i + 1),
          this.header.map((c, j) => h('td', {}, h('input', {type: 'text', value: this.rows[i][j] || '', readonly, 'aria-label': (labels[c] || c) + ', dòng ' + (i + 1),
            oninput: (e) => { this.rows[i][j] = e.target.value; this.changed(); }}))),
          h('td', {}, h('button', {type: 'button', class: 'ghost small danger', disabled: readonly, onclick: () => { this.rows.splice(i, 1); this.changed(); this.draw(); }}, 'Xoá'))))));
      this.table.textContent = '';
      this.table.append(table);
      if (pages > 1) {
        this.table.append(h('div', {class: 'pager'}, h('button', {type: 'button', disabled: this.page === 0, onclick: () => { this.page--; this.draw(); }}, '‹ Trước'),
          ' Trang ' + (this.page + 1) + '/' + pages + ' ', h('button', {type: 'button', disabled: this.page >= pages - 1, onclick: () => { this.page++; this.draw(); }}, 'Sau ›')));
      }
      this.annotate();
    }

    changed() {
      this.dirty = true;
      this.saveButton.textContent = 'Lưu';
      this.saveButton.classList.add('pending');
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.check(), 500);
    }

    async check() {
      const {status, json} = await api('POST', 'api/table/check', {header: this.header, rows: this.rows});
      if (status === 200) { this.problems = json.problems || []; this.annotate(); }
    }

    annotate() {
      this.table.querySelectorAll('.bad-cell').forEach((el) => el.classList.remove('bad-cell'));
      const box = this.problemBox;
      box.textContent = '';
      box.append(h('p', {class: this.problems.length ? 'count bad' : 'count ok', id: 'problem-count'}, this.problems.length ? this.problems.length + ' lỗi trong danh sách' : '✓ Danh sách không có lỗi'));
      const ul = h('ul', {class: 'field-problems'});
      for (const p of this.problems.slice(0, 200)) {
        const row = p.line - 2;
        ul.append(problemItem(p, row >= 0 ? 'Dòng ' + (row + 1) + ': ' : '', row >= 0 ? () => { this.page = Math.floor(row / 100); this.filter.value = ''; this.draw(); const input = this.table.querySelector('tr[data-row="' + row + '"] td:nth-of-type(' + Math.max(1, p.col) + ') input'); if (input) input.focus(); } : null));
        const cell = this.table.querySelector('tr[data-row="' + row + '"] td:nth-of-type(' + Math.max(1, p.col) + ')');
        if (cell) cell.classList.add('bad-cell');
      }
      box.append(ul);
    }

    async save() {
      clearTimeout(this.timer);
      const {status, json} = await api('POST', 'api/table/save', {header: this.header, rows: this.rows, version: this.version, convert: this.convert});
      if (status === 200) {
        this.version = json.version;
        this.dirty = false;
        this.saveButton.textContent = 'Đã lưu';
        this.saveButton.classList.remove('pending');
        say('Đã lưu danh sách trường.', 'ok');
        this.check();
        loadList();
        return true;
      }
      if (status === 409) {
        await dialog('Danh sách đã thay đổi ở nơi khác', h('p', {}, 'Tệp data/schools.csv đã được sửa ở nơi khác (ví dụ trong Excel) kể từ khi bạn mở. Chưa có gì bị ghi đè. Hãy tải lại bảng để xem bản mới; phần bạn vừa sửa ở đây sẽ mất nếu tải lại, nên hãy ghi lại trước.'));
        return false;
      }
      say(json.error || 'Chưa lưu được.', 'error');
      return false;
    }
  }

  /** Where a problem of a workbook is, as the spreadsheet names it: "Trang tính Sheet1, ô C14: ", "Dòng 14: ". */
  function cellName(p) {
    if (!p.line) return '';
    let letters = '';
    for (let c = p.col; c > 0; c = Math.floor((c - 1) / 26)) letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
    if (p.sheet && letters) return 'Trang tính ' + p.sheet + ', ô ' + letters + p.line + ': ';
    return 'Dòng ' + p.line + (p.sheet ? ' (trang tính ' + p.sheet + ')' : '') + ': ';
  }

  /** A file the desk does not edit (a school list saved from Excel): shown with its problems, edited in its own program. */
  class SpreadsheetView {
    constructor(file) {
      this.path = file.path;
      this.dirty = false;
      this.render(file);
      this.poller = setInterval(async () => {
        const {status, json} = await api('GET', 'api/file/' + encodePath(this.path));
        if (status === 200 && desk.editor === this) this.render(json);
      }, POLL_MS);
    }

    title() { return this.path; }
    close() { clearInterval(this.poller); }
    save() { return Promise.resolve(true); }

    render(file) {
      const ws = $('#workspace');
      ws.textContent = '';
      const problems = file.problems || [];
      ws.append(h('div', {class: 'pane'},
        h('div', {class: 'toolbar top'}, h('div', {class: 'where'}, h('strong', {}, 'Danh sách trường từ bảng tính'), h('code', {class: 'muted small'}, this.path))),
        h('div', {class: 'banner info'}, h('p', {}, 'Tệp này là bảng tính (Excel). Hãy mở và sửa nó bằng Excel hoặc LibreOffice Calc rồi lưu lại: bàn biên tập tự kiểm tra lại và hiện lỗi của từng dòng ở đây. Muốn sửa ngay trong bàn biên tập, hãy lưu bảng tính thành data/schools.csv (CSV UTF-8).')),
        h('p', {class: problems.length ? 'count bad' : 'count ok', id: 'problem-count'}, problems.length ? problems.length + ' lỗi trong danh sách' : '✓ Danh sách không có lỗi'),
        h('ul', {class: 'field-problems'}, problems.slice(0, 200).map((p) => problemItem(p, cellName(p))))));
    }
  }

  // ---------- create, publish, trash, new site ----------
  async function createDialog() {
    const kinds = desk.site.kinds.filter((k) => k.word !== 'home');
    let kind = null;
    const chooser = h('div', {class: 'kinds'}, kinds.map((k) => h('button', {type: 'button', class: 'kind', dataset: {kind: k.word}, onclick: () => { kind = k; $('#dialog-layer').closeWith('kind'); }},
      h('strong', {}, k.label), h('span', {class: 'small muted'}, k.description))));
    if (await dialog('Tạo mới', chooser, [{label: 'Huỷ', value: null}]) !== 'kind') return;
    const {json: archetype} = await api('GET', 'api/archetype?kind=' + encodeURIComponent(kind.word));
    const starting = archetype.values || {};
    const values = {};
    const form = h('div', {class: 'form create-form'});
    const nameLine = h('p', {class: 'muted small', id: 'new-path'}, '');
    let nameTimer;
    const required = kind.fields.filter((f) => f.required && f.type !== 'GROUP_LIST');
    const optional = kind.fields.filter((f) => !f.required && ['DATE', 'CHOICE', 'CHOICES', 'LONG_TEXT', 'TEXT', 'URL', 'HASHTAG', 'INTEGER'].includes(f.type)
      && !['slug', 'image', 'image_alt', 'extra'].includes(f.key));
    for (const spec of required.concat(optional)) {
      form.append(fieldControl(spec, starting[spec.key], spec.key, (v) => {
        values[spec.key] = v;
        if (spec.key === 'title') {
          clearTimeout(nameTimer);
          nameTimer = setTimeout(async () => {
            const {json} = await api('GET', 'api/slug?kind=' + kind.word + '&title=' + encodeURIComponent(v || ''));
            nameLine.textContent = json.path ? 'Tên tệp: ' + json.path + (json.exists ? ' – đã có tệp này, hãy đặt tiêu đề khác' : '') : '';
          }, 200);
        }
      }, null));
      if (spec.key === 'title') form.append(nameLine);
    }
    form.append(h('p', {class: 'muted small'}, 'Các khoá khác và nội dung điền sau, ở trang sửa. Những gì bỏ trống được giữ như mẫu.'));
    for (;;) {
      const ok = await dialog('Tạo ' + kind.label.toLowerCase(), form, [{label: 'Tạo', value: true, class: 'primary'}, {label: 'Huỷ', value: null}]);
      if (!ok) return;
      const {status, json} = await api('POST', 'api/create', {kind: kind.word, values});
      if (status === 200) {
        say('Đã tạo ' + json.path + '.', 'ok');
        await loadList();
        openFile(json.path);
        return;
      }
      say(json.error || 'Chưa tạo được.', 'error');
      if (status === 409 && json.path && json.path.endsWith('.md')) {
        const open = await dialog('Đã có tệp này', h('p', {}, json.error), [{label: 'Mở tệp đó', value: true, class: 'primary'}, {label: 'Đặt tiêu đề khác', value: null}]);
        if (open) { openFile(json.path); return; }
      }
    }
  }

  async function publishDialog() {
    const progress = h('progress', {max: 5, value: 0, id: 'publish-progress', 'aria-label': 'Tiến độ xuất bản'});
    const phase = h('p', {id: 'publish-phase'}, 'Bắt đầu…');
    const result = h('div', {id: 'publish-result'});
    const body = h('div', {}, h('p', {}, 'Dựng toàn bộ trang web (trừ bản nháp) vào thư mục output/ của trang, rồi gói thành một tệp zip để đưa lên mạng. Lần xuất bản trước được giữ nguyên nếu có lỗi.'), progress, phase, result);
    const shown = dialog('Xuất bản', body, [{label: 'Đóng', value: null}]);
    const {status, json} = await api('POST', 'api/publish', {});
    if (status !== 202 && status !== 409) { phase.textContent = json.error || 'Chưa xuất bản được.'; return shown; }
    for (;;) {
      await new Promise((r) => setTimeout(r, 400));
      const {json: s} = await api('GET', 'api/publish');
      progress.max = s.steps;
      progress.value = Math.max(0, s.step - 1) + (s.total ? s.done / s.total : 0);
      phase.textContent = s.state === 'running' ? 'Bước ' + s.step + '/' + s.steps + ': ' + s.phase + (s.total ? ' ' + s.done + '/' + s.total : '') : s.message;
      if (s.state === 'done') {
        phase.textContent = s.message;
        result.append(h('p', {class: 'ok'}, '✓ ' + s.message),
          h('p', {}, h('a', {href: '/__desk/api/publish/' + desk.site.zip, download: desk.site.zip, class: 'button primary', id: 'zip-link'},
            'Tải tệp zip (' + (s.zipBytes / 1048576).toFixed(1) + ' MB)')),
          h('p', {class: 'muted small'}, 'Giải nén tệp zip lên bất kỳ dịch vụ lưu trữ web nào, hoặc chép thư mục output/ vào USB: mở index.html là xem được.'));
        break;
      }
      if (s.state === 'failed') {
        result.append(h('p', {class: 'bad'}, s.message), h('ul', {class: 'field-problems'}, (s.problems || []).slice(0, 100).map((p) =>
          h('li', {}, h('button', {type: 'button', class: 'link', onclick: () => { $('#dialog-layer').closeWith(null); openFile(p.path); }}, p.path + ':' + p.line), ' ', p.message,
            p.hint ? h('span', {class: 'hint'}, ' Gợi ý: ' + p.hint) : null))));
        break;
      }
    }
    return shown;
  }

  async function untrash(id) {
    const {status, json} = await api('POST', 'api/untrash', {id});
    if (status === 200) { say('Đã lấy lại ' + json.path + '.', 'ok'); await loadList(); openFile(json.path, {force: true}); } else say(json.error || 'Chưa lấy lại được.', 'error');
  }

  async function trashDialog() {
    const {json} = await api('GET', 'api/trash');
    const items = json.deleted || [];
    dialog('Thùng rác', items.length ? h('ul', {class: 'history'}, items.map((t) => h('li', {}, h('span', {}, t.path + ' · xoá lúc ' + timeOf(t.deleted)),
      h('button', {type: 'button', disabled: !desk.site.editing, onclick: () => { $('#dialog-layer').closeWith(null); untrash(t.id); }}, 'Lấy lại'))))
      : h('p', {}, 'Thùng rác trống.'));
  }

  function showNewSite() {
    const ws = $('#workspace');
    ws.textContent = '';
    ws.append(h('div', {class: 'welcome'}, h('h1', {}, 'Thư mục này chưa có trang web'),
      h('p', {}, 'Thư mục: ', h('code', {}, desk.site.folder)),
      h('p', {}, 'Bấm nút dưới đây để tạo một trang web mẫu của chiến dịch “Không một mình” ở đây: cài đặt, trang chủ, vài mẹo, một cuộc thi, một câu đố, một tình huống, khung ảnh đại diện và áp phích. Sau đó bạn sửa lại cho chiến dịch của mình.'),
      h('button', {type: 'button', class: 'primary', id: 'new-site-button', disabled: !desk.site.editing, onclick: async () => {
        const {status, json} = await api('POST', 'api/new-site', {});
        if (status === 200) { say('Đã tạo trang mới với ' + json.files.length + ' tệp.', 'ok'); setTimeout(() => location.reload(), 800); } else say(json.error || 'Chưa tạo được.', 'error');
      }}, 'Tạo trang mới ở đây')));
  }

  function closeListOnNarrow() {
    document.body.classList.remove('list-open');
    $('#toggle-list').setAttribute('aria-expanded', 'false');
  }

  // ---------- start ----------
  document.addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
      e.preventDefault();
      if (desk.editor) desk.editor.save();
    }
  });
  window.addEventListener('beforeunload', (e) => {
    if (desk.editor && desk.editor.dirty) { e.preventDefault(); e.returnValue = ''; }
  });
  $('#filter').addEventListener('input', renderList);
  $('#new-button').addEventListener('click', createDialog);
  $('#publish-button').addEventListener('click', publishDialog);
  $('#trash-button').addEventListener('click', trashDialog);
  $('#toggle-list').addEventListener('click', () => {
    const open = document.body.classList.toggle('list-open');
    $('#toggle-list').setAttribute('aria-expanded', String(open));
  });
  loadState().then(loadList).then(() => {
    const wanted = new URLSearchParams(location.hash.slice(1)).get('open');
    if (wanted) openFile(wanted);
  });
  setInterval(() => { if (!document.hidden) loadList(); }, 15000);
})();
