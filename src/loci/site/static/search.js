// loci static search: places by any of their names, articles by their words.
// The same matching and ranking as loci/search.py, which are the server's; no framework,
// no network beyond this site.
(() => {
  "use strict";
  const list = document.getElementById("search-results");
  const form = document.getElementById("search");
  const input = document.getElementById("search-q");
  const status = document.getElementById("search-status");
  if (!list || !form || !input) return;
  const root = list.dataset.index;
  // The Chinese characters the server's index holds each as a word (loci.text's _HAN), and
  // those the article index and the shards count (loci.text's HAN: with 〇 too).
  const CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff";
  const HAN = `\u3007${CJK}`;
  const IS_HAN = new RegExp(`^[${HAN}]`);
  const TOKEN = new RegExp(
    `[${HAN}]+|(?:(?![${HAN}])\\p{L})(?:(?![${HAN}])[\\p{L}\\p{N}])*|\\p{N}+`, "gu");
  // Python's fold (loci.text) drops the marks that have a combining class, and keeps the
  // others (Devanagari's vowel signs), which then part words. A mark has a class when
  // NFD reorders it past an accent of another class.
  const reorders = (m) => ["\u0301", "\u0316"].some(
    (x) => `a${m}${x}`.normalize("NFD") === `a${x}${m}`.normalize("NFD"));
  // Python's casefold, which built the index, also folds ß to ss and ς to σ
  const fold = (s) => s.normalize("NFKC").normalize("NFKD")
    .replace(/\p{M}/gu, (m) => (reorders(m) ? "" : m)).toLowerCase()
    .replace(/ß/g, "ss").replace(/ς/g, "σ");
  // A name or a query as the server's index holds it, as loci/search.py's name_words:
  // loci.text.normalize ("St." is "saint", a leading "the" goes), each Chinese character
  // a word of its own.
  const SPACED_HAN = new RegExp(`([${CJK}])`, "gu");
  const nameWords = (s) => {
    const words = fold(s).replace(/&/g, " and ").split(/[^\p{L}\p{N}]+/u).filter(Boolean)
      .map((w) => (w === "st" || w === "ste" ? "saint" : w));
    if (words.length > 1 && words[0] === "the") words.shift();
    return words.join(" ").replace(SPACED_HAN, " $1 ").split(" ").filter(Boolean).join(" ");
  };
  const key = (s) => nameWords(s).replace(/ /g, "");
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

  // The server's ranking (loci/web/fts.py), as loci/search.py's: by tier, then kind
  // (territories, articles, cities, others), then population and name, which the index's
  // doc numbers follow. Tiers: 0 a name is the query; 1 an alias is, or a name starts
  // with it; 2 an alias starts with it, or an article's title has it; 3 it is inside a
  // name (from a later word on), or in an article.
  const INSIDE = 3;
  const KIND_RANK = { country: 0, territory: 0, historic: 0, article: 1, city: 2 };
  const rank = (kind) => KIND_RANK[kind] ?? 3;
  const MAX_QUERY = 200;
  // A query as the server's index reads it (search.py's Query): its words as a phrase,
  // the last a prefix when it has two letters or more and is not Chinese; and, when all
  // a-z, its words run together as a prefix of one word ("bai e luo si": "baieluosi").
  const parse = (text) => {
    const words = nameWords(Array.from(text).slice(0, MAX_QUERY).join(""));
    const joined = words.replace(/ /g, "");
    const last = words.slice(words.lastIndexOf(" ") + 1);
    return { words, joined: /^[a-z]+$/.test(joined) ? joined : "",
      prefix: Array.from(last).length >= 2 && !new RegExp(`[${CJK}]`, "u").test(last) };
  };
  // Whether the server's index matches a name's words from their first on.
  const finds = (q, words) => (q.joined && words.startsWith(q.joined)) || (q.prefix
    ? words.startsWith(q.words) : words === q.words || words.startsWith(q.words + " "));
  // The server's tier of a name's words (grade 0, or 1 for a weak name) or of its words
  // from a later one on (grade 3), if the query finds them; -1 if not.
  const tierOf = (q, words, grade) => {
    if (!finds(q, words)) return -1;
    if (grade >= INSIDE) return INSIDE;
    return words === q.words || words === q.joined ? grade : grade + 1;
  };

  async function searchNames(meta, query, limit) {
    const q = parse(query);
    const compact = q.words.replace(/ /g, "");
    if (Array.from(compact).length < 2 && !IS_HAN.test(compact)) return [];
    const split = new Set(meta.split);
    if (split.has(compact)) {  // a two-letter query of a split prefix: its answer is stored whole
      const stored = (await load(`n/${compact}~.json`)) || { hits: [] };
      return stored.hits.slice(0, limit).map(([url, title, kind, detail, name, note, tier]) =>
        ({ row: [url, title, kind, detail], name, note, tier }));
    }
    const name = nameShard(compact, split);
    if (!meta.shards.includes(name)) return [];
    const found = await load(`n/${name}.json`);
    if (!found) return [];
    const best = new Map();
    for (const [words, d, name, note, grade] of found.names) {
      const tier = tierOf(q, words, grade);
      if (tier < 0) continue;
      const order = found.docs[d][4];
      if (!best.has(order) || tier < best.get(order)[0]) best.set(order, [tier, d, name, note]);
    }
    return [...best.entries()]
      .sort((a, b) => a[1][0] - b[1][0] || a[0] - b[0])
      .slice(0, limit)
      .map(([, [tier, d, name, note]]) => ({ row: found.docs[d].slice(0, 4), name, note, tier }));
  }

  // Articles with every query word (a word matches words it starts), in the server's
  // order, as loci/search.py's search_articles: the best by BM25 (FTS5's, less the IDF,
  // which one query shares), a phrase weighing as its rarest word; then those whose
  // title has the query first. Ties keep the index's order (newest first).
  const K1 = 1.2, B = 0.75;
  const bm25 = (w, size, mean) => (w * (K1 + 1)) / (w + K1 * (1 - B + (B * size) / (mean || 1)));
  async function searchArticles(meta, query, limit) {
    const text = Array.from(query).slice(0, MAX_QUERY).join("");
    const q = parse(text);
    let found = null;  // doc -> the phrase's weight in it
    for (const t of new Set(tokens(text))) {
      const name = shard(t);
      const postings = meta.shards.includes(name) ? (await load(`t/${name}.json`)) || {} : {};
      const weights = new Map();
      for (const [word, pairs] of Object.entries(postings)) {
        if (!word.startsWith(t)) continue;
        for (let i = 0; i < pairs.length; i += 2) weights.set(pairs[i], (weights.get(pairs[i]) || 0) + pairs[i + 1]);
      }
      found = found === null ? weights : new Map([...found]
        .filter(([d]) => weights.has(d)).map(([d, w]) => [d, Math.min(w, weights.get(d))]));
    }
    if (!found || !found.size) return [];
    const docs = meta.docs;
    const mean = docs.reduce((sum, row) => sum + row[4], 0) / docs.length;
    const score = new Map([...found].map(([d, w]) => [d, bm25(w, docs[d][4], mean)]));
    return [...found.keys()]
      .sort((a, b) => score.get(b) - score.get(a) || a - b)
      .slice(0, limit)
      .map((d) => ({ row: docs[d].slice(0, 4), name: "", note: "",
        tier: nameWords(docs[d][1]).includes(q.words) ? 2 : INSIDE }))
      .sort((a, b) => a.tier - b.tier);
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

  const HITS = 20;
  let latest = 0;  // the newest query's number: an older one's answer is dropped
  async function run(query) {
    const mine = ++latest;
    if (!query.trim()) { list.replaceChildren(); status.textContent = ""; return; }
    const [names, meta] = await Promise.all([load("names.json"), load("articles.json")]);
    const hits = [...(names ? await searchNames(names, query, HITS) : []),
      ...(meta ? await searchArticles(meta, query, HITS) : [])]
      .sort((a, b) => a.tier - b.tier || rank(a.row[2]) - rank(b.row[2]))  // stable
      .slice(0, HITS);
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
