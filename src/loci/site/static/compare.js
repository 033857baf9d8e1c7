// loci compare: two territories side by side, section by section, from their JSON twins.
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
  const twin = (select) => fetch(select.selectedOptions[0].dataset.json).then((r) => r.json());

  async function compare() {
    out.replaceChildren(el("p", "Loading…"));
    const [left, right] = await Promise.all([twin(a), twin(b)]);
    const table = el("table", undefined, { class: "compare-table" });
    table.append(el("caption", `${left.place.name} and ${right.place.name}, side by side`));
    const head = el("tr");
    head.append(el("th", "Section", { scope: "col" }));
    for (const g of [left, right]) {
      const th = el("th", undefined, { scope: "col" });
      const link = el("a", g.place.name, { href: g.html });
      th.append(link);
      head.append(th);
    }
    const thead = el("thead");
    thead.append(head);
    table.append(thead);
    const body = el("tbody");
    const ids = [];
    for (const g of [left, right]) for (const s of g.sections) if (!ids.includes(s.id)) ids.push(s.id);
    for (const id of ids) {
      const row = el("tr");
      const title = (left.sections.find((s) => s.id === id) || right.sections.find((s) => s.id === id)).title;
      row.append(el("th", title, { scope: "row" }));
      for (const g of [left, right]) {
        const cell = el("td");
        const section = g.sections.find((s) => s.id === id);
        for (const st of section ? section.statements : []) cell.append(el("p", st.text));
        row.append(cell);
      }
      body.append(row);
    }
    table.append(body);
    out.replaceChildren(table);
  }

  const params = new URLSearchParams(location.search);
  for (const [select, name] of [[a, "a"], [b, "b"]]) {
    const wanted = params.get(name);
    if (wanted && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
  }
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set("a", a.value);
    url.searchParams.set("b", b.value);
    history.replaceState(null, "", url);
    compare();
  });
  if (params.get("a") && params.get("b")) compare();
})();
