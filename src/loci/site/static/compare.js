// loci compare: two territories fact by fact, from the small file the build writes for each
// (compare/t/<slug>.json): one row per fact, each value with its sources, then the charts.
(() => {
  "use strict";
  const form = document.getElementById("compare");
  const out = document.getElementById("compare-result");
  if (!form || !out) return;
  const a = document.getElementById("compare-a");
  const b = document.getElementById("compare-b");
  const el = (tag, text, attrs = {}) => {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    Object.entries(attrs).forEach(([k, v]) => node.setAttribute(k, v));
    return node;
  };
  const load = (select) => fetch(select.selectedOptions[0].dataset.json).then((r) => {
    if (!r.ok) throw new Error(`${select.selectedOptions[0].text}: ${r.status}`);
    return r.json();
  });

  // Sources numbered in reading order across both territories, one note per dataset field,
  // as a guide numbers its footnotes.
  function footnotes() {
    const numbers = new Map();
    const notes = [];
    const refs = (t, cite) => cite.map((i) => {
      const [dataset, field] = t.fields[i];
      const key = `${dataset}\u0000${field}`;
      if (!numbers.has(key)) {
        numbers.set(key, numbers.size + 1);
        notes.push({ dataset, field, ...(t.datasets[dataset] || { title: dataset }) });
      }
      const n = numbers.get(key);
      const sup = el("sup", undefined, { class: "fn" });
      sup.append(el("a", `[${n}]`, { href: `#compare-fn-${n}`, "aria-label": `Source ${n}` }));
      return sup;
    });
    return { refs, notes };
  }

  function sources(notes) {
    const section = el("section", undefined, { class: "footnotes", "aria-labelledby": "compare-sources" });
    section.append(el("h2", "Sources", { id: "compare-sources" }));
    const list = el("ol");
    notes.forEach((note, i) => {
      const item = el("li", undefined, { id: `compare-fn-${i + 1}` });
      item.append(note.url ? el("a", note.title, { href: note.url }) : note.title);
      item.append(`${note.version ? ` (${note.dataset} ${note.version})` : ""}: ${note.field}`);
      list.append(item);
    });
    section.append(list);
    return section;
  }

  // One cell: the territory's name (shown when the table is stacked, on a phone), then the
  // value with its sources, or what stands in for it.
  function cell(t, fill) {
    const td = el("td", undefined, { role: "cell" });
    td.append(el("span", t.name, { class: "who" }));
    if (!fill(td)) td.append(el("span", "Not given", { class: "none" }));
    return td;
  }

  const text = (row, marks) => (td) => {
    if (row.text === null) return false;
    td.append(el("span", row.text, { class: "value" }), ...marks);
    return true;
  };

  const chart = (slot, marks) => (td) => {
    if (!slot.svg) return false;
    const figure = el("figure", undefined, { class: "chart" });
    figure.insertAdjacentHTML("beforeend", slot.svg);  // drawn by loci from escaped labels
    const caption = el("figcaption", slot.title);
    caption.append(...marks);
    figure.append(caption);
    td.append(figure);
    return true;
  };

  // On a phone the table is stacked (style.css): its roles are set, as browsers that see
  // a table drawn as blocks may stop telling screen readers it is one.
  function table(pair, refs) {
    const node = el("table", undefined, { class: "compare-table", role: "table" });
    node.append(el("caption", `${pair[0].name} and ${pair[1].name}, side by side`));
    const head = el("tr", undefined, { role: "row" });
    head.append(el("th", "Fact", { scope: "col", role: "columnheader" }));
    for (const t of pair) {
      const th = el("th", undefined, { scope: "col", role: "columnheader" });
      th.append(el("a", t.name, { href: t.html }));
      head.append(th);
    }
    node.createTHead().append(head);
    const body = node.createTBody();
    for (const group of [node.tHead, body]) group.setAttribute("role", "rowgroup");
    const add = (label, cells) => {
      const row = el("tr", undefined, { role: "row" });
      row.append(el("th", label, { scope: "row", role: "rowheader" }), ...cells);
      body.append(row);
    };
    pair[0].rows.forEach((r, i) => add(r.label, pair.map(
      (t) => cell(t, text(t.rows[i], refs(t, t.rows[i].cite))))));
    pair[0].charts.forEach((c, i) => {
      if (pair.every((t) => !t.charts[i].svg)) return;  // neither guide draws it
      add(c.label, pair.map((t) => cell(t, chart(t.charts[i], refs(t, t.charts[i].cite)))));
    });
    return node;
  }

  async function compare() {
    out.replaceChildren(el("p", "Loading…"));
    try {
      const pair = await Promise.all([load(a), load(b)]);
      const { refs, notes } = footnotes();
      const box = el("div", undefined, { class: "compare-box" });
      box.append(table(pair, refs));
      out.replaceChildren(box, sources(notes));
    } catch (error) {
      out.replaceChildren(el("p", `The comparison could not be loaded (${error.message}): open the two guides from the A–Z instead.`));
    }
  }

  // ?a= and ?b= name a territory by its address, or by an old one ("swaziland"); one that
  // names none is said so, and nothing is compared in its place
  const params = new URLSearchParams(location.search);
  const unknown = [];
  for (const [select, name] of [[a, "a"], [b, "b"]]) {
    const wanted = (params.get(name) || "").trim().toLowerCase();
    if (!wanted) continue;
    const found = [...select.options].find((o) => o.value === wanted
      || (o.dataset.former || "").split(" ").includes(wanted));
    if (found) select.value = found.value;
    else unknown.push(wanted);
  }
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set("a", a.value);
    url.searchParams.set("b", b.value);
    history.replaceState(null, "", url);
    compare();
  });
  if (unknown.length) {
    out.replaceChildren(el("p", `No territory here has the address “${unknown.join("” or “")}”: `
      + "choose from the lists, then Compare.", { class: "status" }));
  } else if (params.get("a") && params.get("b")) compare();
})();
