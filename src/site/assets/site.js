/*
 * careerdiff progressive enhancement (the pages work without it). Title autocomplete on inputs marked
 * data-autocomplete, from /api/resolve on the server or /search-index.json on the static export; the static
 * export's search and compare pages also answer from that index. No innerHTML with user data; no inline code.
 */
(() => {
  let mode = null; // 'api' or 'static'
  let indexPromise = null;

  const words = (s) =>
    s
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .split(/[^a-z0-9]+/)
      .filter(Boolean);

  function prepare(ix) {
    const entries = [];
    ix.occupations.forEach((o, i) => {
      entries.push({ text: o[1], words: words(o[1]), occ: i, own: true });
    });
    for (const [text, i] of ix.titles) entries.push({ text, words: words(text), occ: i, own: false });
    const pairs = new Set(ix.pairs.map(([a, b]) => `${a}|${b}`));
    return { ix, entries, pairs };
  }

  function loadIndex() {
    if (!indexPromise)
      indexPromise = fetch('/search-index.json')
        .then((r) => {
          if (!r.ok) throw new Error(`search index: ${r.status}`);
          return r.json();
        })
        .then(prepare);
    return indexPromise;
  }

  /** Every query word must start a word of the title; exact and prefix matches rank first. */
  function staticResolve(db, q, limit) {
    const qw = words(q);
    if (qw.length === 0) return [];
    const ql = qw.join(' ');
    const best = new Map();
    for (const e of db.entries) {
      if (!qw.every((w) => e.words.some((t) => t.startsWith(w)))) continue;
      const el = e.words.join(' ');
      let score = el === ql ? 1 : el.startsWith(ql) ? 0.9 : 0.6 + 0.3 * (qw.length / Math.max(e.words.length, 1));
      if (e.own) score += 0.02;
      const prev = best.get(e.occ);
      if (!prev || score > prev.score) best.set(e.occ, { score, entry: e });
    }
    return [...best.entries()]
      .sort((x, y) => y[1].score - x[1].score || db.ix.occupations[x[0]][1].localeCompare(db.ix.occupations[y[0]][1]))
      .slice(0, limit)
      .map(([i, { score, entry }]) => {
        const o = db.ix.occupations[i];
        return { code: o[0], title: o[1], matched: entry.text, score, path: `/occupation/${o[2]}`, slug: o[2] };
      });
  }

  async function resolve(q, limit) {
    if (mode !== 'static') {
      try {
        const r = await fetch(`/api/resolve?q=${encodeURIComponent(q)}&limit=${limit}`, {
          headers: { Accept: 'application/json' },
        });
        if (r.ok) {
          mode = 'api';
          return (await r.json()).candidates;
        }
        if (r.status === 400) return [];
        mode = 'static';
      } catch {
        mode = 'static';
      }
    }
    return staticResolve(await loadIndex(), q, limit);
  }

  let seq = 0;
  function autocomplete(input) {
    const container = input.closest('.field, .search-form') || input.parentElement;
    const list = document.createElement('ul');
    const id = `ac-${++seq}`;
    list.id = id;
    list.className = 'ac-list';
    list.setAttribute('role', 'listbox');
    list.hidden = true;
    container.appendChild(list);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', id);
    const form = input.form;
    const isSearch = input.name === 'q';
    let items = [];
    let active = -1;
    let timer = 0;
    let ticket = 0;

    const codeField = () => {
      if (!form || isSearch) return null;
      const name = `${input.name}Code`;
      let f = form.querySelector(`input[name="${name}"]`);
      if (!f) {
        f = document.createElement('input');
        f.type = 'hidden';
        f.name = name;
        form.appendChild(f);
      }
      return f;
    };
    const close = () => {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    };
    const highlight = (i) => {
      active = i;
      [...list.children].forEach((li, k) => {
        li.setAttribute('aria-selected', String(k === i));
      });
      if (i >= 0) {
        input.setAttribute('aria-activedescendant', `${id}-${i}`);
        list.children[i].scrollIntoView({ block: 'nearest' });
      } else input.removeAttribute('aria-activedescendant');
    };
    const choose = (c) => {
      close();
      if (isSearch) {
        window.location.assign(c.path);
        return;
      }
      input.value = c.matched && c.matched.toLowerCase() !== c.title.toLowerCase() ? c.matched : c.title;
      const f = codeField();
      if (f) f.value = c.code;
    };
    const render = (cands) => {
      items = cands;
      list.textContent = '';
      cands.forEach((c, i) => {
        const li = document.createElement('li');
        li.id = `${id}-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        const t = document.createElement('span');
        t.className = 'ac-title';
        t.textContent = c.title;
        const s = document.createElement('span');
        s.className = 'ac-sub';
        const matched = c.matched && c.matched.toLowerCase() !== c.title.toLowerCase() ? `“${c.matched}” · ` : '';
        s.textContent = `${matched}${c.code}`;
        li.append(t, s);
        li.addEventListener('mousedown', (e) => {
          e.preventDefault();
          choose(c);
        });
        list.appendChild(li);
      });
      list.hidden = cands.length === 0;
      input.setAttribute('aria-expanded', String(cands.length > 0));
      active = -1;
    };
    input.addEventListener('input', () => {
      const f = codeField();
      if (f) f.value = '';
      clearTimeout(timer);
      const q = input.value.trim();
      if (q.length < 2) {
        render([]);
        return;
      }
      timer = setTimeout(async () => {
        const mine = ++ticket;
        try {
          const cands = await resolve(q, 6);
          if (mine === ticket && document.activeElement === input) render(cands);
        } catch {
          render([]);
        }
      }, 140);
    });
    input.addEventListener('keydown', (e) => {
      if (list.hidden) return;
      if (e.key === 'ArrowDown') {
        e.preventDefault();
        highlight((active + 1) % items.length);
      } else if (e.key === 'ArrowUp') {
        e.preventDefault();
        highlight(active <= 0 ? items.length - 1 : active - 1);
      } else if (e.key === 'Enter' && active >= 0) {
        e.preventDefault();
        choose(items[active]);
      } else if (e.key === 'Escape') {
        e.preventDefault(); // keep a search field's text; only close the list
        close();
      }
    });
    input.addEventListener('blur', () => setTimeout(close, 100));
  }

  /** Static export: the search page answers ?q= from the index. */
  async function staticSearch() {
    const box = document.getElementById('results');
    const q = (new URLSearchParams(window.location.search).get('q') || '').trim().slice(0, 120);
    if (!box || !q || box.dataset.q === q) return;
    const db = await loadIndex();
    const cands = staticResolve(db, q, 10);
    const input = document.querySelector('form[role="search"] input[name="q"]');
    if (input) input.value = q;
    const h1 = document.querySelector('h1');
    if (h1) h1.textContent = `Results for “${q}”`;
    box.textContent = '';
    if (cands.length === 0) {
      const p = document.createElement('p');
      p.className = 'notice';
      p.textContent = `No occupation matches “${q}”.`;
      box.appendChild(p);
      return;
    }
    const ol = document.createElement('ol');
    ol.className = 'results';
    for (const c of cands) {
      const li = document.createElement('li');
      li.className = 'result';
      const a = document.createElement('a');
      a.className = 'result-title';
      a.href = c.path;
      a.textContent = c.title;
      const meta = document.createElement('p');
      meta.className = 'result-meta';
      meta.textContent = `${c.matched !== c.title ? `Matched “${c.matched}” · ` : ''}${c.code}`;
      li.append(a, meta);
      ol.appendChild(li);
    }
    box.appendChild(ol);
  }

  /** Static export: the compare page resolves ?a=&b= from the index and opens the comparison if exported. */
  async function staticCompare() {
    const panel = document.querySelector('[data-static-compare]');
    const params = new URLSearchParams(window.location.search);
    const a = (params.get('a') || '').trim().slice(0, 120);
    const b = (params.get('b') || '').trim().slice(0, 120);
    if (!panel || !a || !b || document.querySelector('.notice')) return;
    const out = document.getElementById('static-result');
    const db = await loadIndex();
    const byCode = (code) => db.ix.occupations.findIndex((o) => o[0] === code);
    const pick = (text, code) =>
      code && byCode(code) >= 0 ? byCode(code) : byCode(staticResolve(db, text, 1)[0]?.code);
    const ia = pick(a, params.get('aCode'));
    const ib = pick(b, params.get('bCode'));
    if (out) out.hidden = false;
    if (ia < 0 || ib < 0) {
      if (out) out.textContent = `No occupation matches “${ia < 0 ? a : b}”.`;
      return;
    }
    const [x, y] = db.ix.occupations[ia][0] <= db.ix.occupations[ib][0] ? [ia, ib] : [ib, ia];
    if (db.pairs.has(`${x}|${y}`)) {
      window.location.replace(`/compare/${db.ix.occupations[x][2]}-vs-${db.ix.occupations[y][2]}`);
      return;
    }
    if (out) {
      out.textContent = 'This comparison is not part of this copy of the site. The two profiles: ';
      [x, y].forEach((i, k) => {
        const link = document.createElement('a');
        link.href = `/occupation/${db.ix.occupations[i][2]}`;
        link.textContent = db.ix.occupations[i][1];
        out.append(k ? ' and ' : '', link);
      });
    }
  }

  const start = () => {
    document.querySelectorAll('input[data-autocomplete]').forEach(autocomplete);
    staticSearch().catch(() => {});
    staticCompare().catch(() => {});
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
