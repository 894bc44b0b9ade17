/* specmirror score report: sorting and filtering of the matrix, details for links and print.
   Vanilla ES2017, no dependencies; all data is read from the DOM (data-* attributes). */
(() => {
  'use strict';
  const $ = (sel, root) => (root || document).querySelector(sel);
  const $$ = (sel, root) => Array.from((root || document).querySelectorAll(sel));
  const byId = (id) => document.getElementById(id);

  function openTarget() {
    let id = location.hash.slice(1);
    if (!id || id.includes('=')) return;
    try { id = decodeURIComponent(id); } catch (e) { return; }
    const el = byId(id);
    if (el && el.tagName === 'DETAILS') el.open = true;
  }

  function setupMatrix() {
    const table = byId('matrix');
    if (!table) return;
    const rows = $$('tr.req-row', table);
    const groups = $$('tbody.clause-group', table);
    const flat = $('tbody.flat', table);
    const home = new Map(rows.map((r) => [r, r.parentNode]));
    const f = {
      exclusive: byId('f-exclusive'), promoted: byId('f-promoted'), unmet: byId('f-unmet'),
      modality: byId('f-modality'), q: byId('f-q'),
    };
    const status = byId('matrix-status');
    const haystack = new Map(rows.map((r) => {
      const d = byId(r.dataset.target);
      return [r, (r.textContent + ' ' + (d ? d.textContent : '')).toLowerCase()];
    }));
    const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
    const buttons = $$('button[data-sort]', table);
    let sorted = null;

    function apply() {
      const terms = f.q.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
      let shown = 0;
      for (const r of rows) {
        const d = r.dataset;
        const ok = (!f.exclusive.checked || d.exclusive === '1')
          && (!f.promoted.checked || d.promoted === '1')
          && (!f.unmet.checked || d.unmet === '1')
          && (!f.modality.value || d.modality === f.modality.value)
          && terms.every((t) => haystack.get(r).includes(t));
        r.hidden = !ok;
        if (ok) shown++;
      }
      for (const g of groups) g.hidden = sorted !== null || !$$('tr.req-row', g).some((r) => !r.hidden);
      flat.hidden = sorted === null;
      status.textContent = shown + ' of ' + rows.length + ' requirements shown';
    }

    function value(r, key, type) {
      const v = r.dataset[key];
      if (type === 'text') return v || '';
      const n = parseFloat(v);
      return Number.isNaN(n) ? -Infinity : n;
    }

    function order() {
      for (const b of buttons) {
        const th = b.closest('th');
        if (sorted && sorted.key === b.dataset.sort) th.setAttribute('aria-sort', sorted.dir);
        else th.removeAttribute('aria-sort');
      }
      if (sorted) {
        const { key, type, dir } = sorted;
        const sign = dir === 'ascending' ? 1 : -1;
        const list = rows.slice().sort((a, b) => {
          const x = value(a, key, type);
          const y = value(b, key, type);
          const c = type === 'text' ? collator.compare(x, y) : (x < y ? -1 : x > y ? 1 : 0);
          return sign * c || (a.dataset.order - b.dataset.order);
        });
        for (const r of list) flat.appendChild(r);
        table.classList.add('is-flat');
      } else {
        for (const r of rows) home.get(r).appendChild(r);
        table.classList.remove('is-flat');
      }
      apply();
    }

    for (const b of buttons) {
      b.addEventListener('click', () => {
        const key = b.dataset.sort;
        const type = b.dataset.type;
        const first = type === 'num' ? 'descending' : 'ascending';
        const second = type === 'num' ? 'ascending' : 'descending';
        let dir = first;
        if (sorted && sorted.key === key) dir = sorted.dir === first ? second : null;
        sorted = dir ? { key, type, dir } : null;
        order();
      });
    }

    /* #filter=exclusive,promoted,unmet&modality=MUST&q=words&sort=met:desc selects filters and order. */
    function fromHash() {
      const raw = location.hash.slice(1);
      if (!raw.includes('=')) return false;
      const p = new URLSearchParams(raw);
      const flags = (p.get('filter') || '').split(',');
      f.exclusive.checked = flags.includes('exclusive');
      f.promoted.checked = flags.includes('promoted');
      f.unmet.checked = flags.includes('unmet');
      f.modality.value = p.get('modality') || '';
      if (f.modality.selectedIndex < 0) f.modality.value = '';
      f.q.value = p.get('q') || '';
      const [key, dir] = (p.get('sort') || '').split(':');
      const b = buttons.find((x) => x.dataset.sort === key);
      sorted = b ? { key, type: b.dataset.type, dir: dir === 'desc' ? 'descending' : 'ascending' } : null;
      return true;
    }

    for (const c of [f.exclusive, f.promoted, f.unmet, f.modality]) c.addEventListener('change', apply);
    f.q.addEventListener('input', apply);
    window.addEventListener('hashchange', () => { if (fromHash()) order(); else openTarget(); });
    fromHash();
    byId('matrix-controls').hidden = false;
    order();
  }

  function setupDetails() {
    const all = () => $$('details.req');
    const expand = byId('expand-all');
    const collapse = byId('collapse-all');
    if (expand) expand.addEventListener('click', () => all().forEach((d) => { d.open = true; }));
    if (collapse) collapse.addEventListener('click', () => all().forEach((d) => { d.open = false; }));
    const box = byId('expand-controls');
    if (box) box.hidden = false;
    let reopen = [];
    window.addEventListener('beforeprint', () => {
      reopen = all().filter((d) => !d.open);
      reopen.forEach((d) => { d.open = true; });
    });
    window.addEventListener('afterprint', () => {
      reopen.forEach((d) => { d.open = false; });
      reopen = [];
    });
    document.addEventListener('click', (e) => {
      const a = e.target.closest && e.target.closest('a[href^="#req-"]');
      if (!a) return;
      const d = byId(a.getAttribute('href').slice(1));
      if (d && d.tagName === 'DETAILS') d.open = true;
    });
  }

  setupMatrix();
  setupDetails();
  openTarget();
  document.body.dataset.ready = 'ok';
})();
