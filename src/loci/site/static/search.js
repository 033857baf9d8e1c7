// loci static search: places by any of their names, articles by their words.
// The same matching as loci/search.py; no framework, no network beyond this site.
(() => {
  "use strict";
  const list = document.getElementById("search-results");
  const form = document.getElementById("search");
  const input = document.getElementById("search-q");
  const status = document.getElementById("search-status");
  if (!list || !form || !input) return;
  const root = list.dataset.index;
  const HAN = "\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff";
  const IS_HAN = new RegExp(`^[${HAN}]`);
  const TOKEN = new RegExp(
    `[${HAN}]+|(?:(?![${HAN}])\\p{L})(?:(?![${HAN}])[\\p{L}\\p{N}])*|\\p{N}+`, "gu");
  // Python's casefold, which built the index, also folds ß to ss and ς to σ
  const fold = (s) => s.normalize("NFKC").normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase()
    .replace(/ß/g, "ss").replace(/ς/g, "σ");
  const key = (s) => fold(s).replace(/[^\p{L}\p{N}]+/gu, "");
  const tokens = (s) => {
    const out = [];
    for (const t of fold(s).match(TOKEN) || []) {
      if (IS_HAN.test(t)) {
        const chars = Array.from(t);
        out.push(...chars);
        for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
      } else if (Array.from(t).length > 1) out.push(t);
    }
    return out;
  };
  const shard = (t) => {
    const chars = Array.from(t);
    if (IS_HAN.test(t)) return "h" + (chars[0].codePointAt(0) % 256).toString(16).padStart(2, "0");
    const head = chars.slice(0, 2).join("");
    return /^[a-z0-9]{2}$/.test(head) ? head : "u" + chars.slice(0, 2).map((c) => c.codePointAt(0).toString(16)).join("");
  };
  const cache = new Map();
  const load = (name) => {
    if (!cache.has(name)) cache.set(name, fetch(root + name).then((r) => (r.ok ? r.json() : null)));
    return cache.get(name);
  };

  // A key's shard: its first two letters (three where the prefix is split), or a bucket
  // of Chinese characters; as loci/search.py's name_shard.
  const nameShard = (k, split) => {
    if (IS_HAN.test(k)) return "h_" + (k.codePointAt(0) % 256).toString(16).padStart(2, "0");
    const head = shard(k);
    if (!split.has(head) || Array.from(k).length < 3) return head;
    const third = Array.from(k)[2];
    return head + (/^[a-z0-9]$/.test(third) ? third : "u" + third.codePointAt(0).toString(16));
  };

  // Exact keys, then prefixes, then later words' prefixes; ties in the index's doc order.
  async function searchNames(meta, query, limit) {
    const q = key(query);
    if (Array.from(q).length < 2 && !IS_HAN.test(q)) return [];
    const split = new Set(meta.split);
    if (split.has(q)) {  // a two-letter query of a split prefix: its answer is stored whole
      const stored = (await load(`n/${q}~.json`)) || { hits: [] };
      return stored.hits.slice(0, limit).map(([url, title, kind, detail, name, note]) =>
        ({ row: [url, title, kind, detail], name, note }));
    }
    const name = nameShard(q, split);
    if (!meta.shards.includes(name)) return [];
    const found = await load(`n/${name}.json`);
    if (!found) return [];
    const best = new Map();
    for (const [k, d, name, note, base] of found.names) {
      if (!k.startsWith(q)) continue;
      const grade = base === 0 ? (k === q ? 0 : 1) : 2;
      const order = found.docs[d][4];
      if (!best.has(order) || grade < best.get(order)[0]) best.set(order, [grade, d, name, note]);
    }
    return [...best.entries()]
      .sort((a, b) => a[1][0] - b[1][0] || a[0] - b[0])
      .slice(0, limit)
      .map(([, [, d, name, note]]) => ({ row: found.docs[d].slice(0, 4), name, note }));
  }

  async function searchArticles(meta, query, limit) {
    let found = null;
    for (const t of new Set(tokens(query))) {
      const name = shard(t);
      const postings = meta.shards.includes(name) ? (await load(`t/${name}.json`)) || {} : {};
      const docs = new Set();
      for (const [word, ids] of Object.entries(postings)) if (word.startsWith(t)) ids.forEach((d) => docs.add(d));
      found = found === null ? docs : new Set([...found].filter((d) => docs.has(d)));
    }
    return [...(found || [])]
      .sort((a, b) => (meta.docs[b][3] > meta.docs[a][3] ? 1 : meta.docs[b][3] < meta.docs[a][3] ? -1 : b - a))
      .slice(0, limit)
      .map((d) => ({ row: meta.docs[d], name: "", note: "" }));
  }

  function item({ row: [url, title, kind, detail], name, note }, query) {
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.href = url;
    a.textContent = title;
    li.append(a);
    const info = document.createElement("span");
    info.className = "detail";
    let text = kind === "article" ? `Article · ${detail}` : detail;
    if (name && key(name) !== key(title)) text += ` · found by “${name}”${note ? ` (${note})` : ""}`;
    info.textContent = text;
    li.append(info);
    return li;
  }

  let latest = 0;  // the newest query's number: an older one's answer is dropped
  async function run(query) {
    const mine = ++latest;
    if (!query.trim()) { list.replaceChildren(); status.textContent = ""; return; }
    const [names, meta] = await Promise.all([load("names.json"), load("articles.json")]);
    const hits = [...(names ? await searchNames(names, query, 20) : []),
      ...(meta ? await searchArticles(meta, query, 20) : [])];
    if (mine !== latest) return;
    list.replaceChildren(...hits.map((h) => item(h, query)));
    status.textContent = hits.length ? `${hits.length} result${hits.length === 1 ? "" : "s"} for “${query}”.`
      : Array.from(key(query)).length < 2 && !IS_HAN.test(key(query)) ? "Type one more letter."
      : `Nothing found for “${query}”.`;
  }

  const remember = () => {
    const url = new URL(location.href);
    url.searchParams.set("q", input.value);
    history.replaceState(null, "", url);
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    remember();
    run(input.value);
  });
  let typing = 0;  // results as you type, once typing pauses
  input.addEventListener("input", () => {
    clearTimeout(typing);
    typing = setTimeout(() => { remember(); run(input.value); }, 120);
  });
  const initial = new URLSearchParams(location.search).get("q") || "";
  input.value = initial;
  if (initial) run(initial);
})();
