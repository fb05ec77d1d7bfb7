// entente explorer: every value from the API goes into the page as a text node or an
// attribute value, never as markup; links are made only from http(s) URLs.
"use strict";

const $ = (id) => document.getElementById(id);
const SVG = "http://www.w3.org/2000/svg";
const QUADS = ["verbal_coop", "material_coop", "verbal_conflict", "material_conflict"];
const QUAD_NAMES = ["verbal cooperation", "material cooperation", "verbal conflict",
  "material conflict"];
const COLOURS = ["#56B4E9", "#0072B2", "#E69F00", "#D55E00"];
const PAGE = 100;

const state = { dyad: null, sort: "date", order: "asc", period: null, offset: 0,
  events: [], selected: null, settings: null };

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value !== null && value !== undefined) node.setAttribute(key, String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function svg(tag, attrs, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = String(text);
  return node;
}

function httpLink(url, label) {
  if (typeof url !== "string" || !/^https?:\/\/[^\s]+$/i.test(url)) return null;
  return el("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank" }, label);
}

function fmt(value, digits = 2) {
  if (value === null || value === undefined || Number.isNaN(value)) return "–";
  return Number.isInteger(value) ? String(value) : Number(value).toFixed(digits);
}

// FastAPI's list of validation problems as one sentence ("start: Input should be a valid
// date"), never as raw JSON.
function problems(detail) {
  if (!Array.isArray(detail)) return detail ? JSON.stringify(detail) : "";
  return detail.map((p) => {
    const where = (p.loc || []).filter((part) => part !== "query" && part !== "body").join(".");
    return where ? `${where}: ${p.msg}` : String(p.msg);
  }).join("; ");
}

async function api(path, options) {
  const response = await fetch(path, options);
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const detail = typeof body.detail === "string" ? body.detail : problems(body.detail);
    throw new Error(detail || `${response.status} ${response.statusText}`);
  }
  return body;
}

function status(id, message, isError) {
  const node = $(id);
  node.textContent = message;
  node.classList.toggle("error", Boolean(isError));
}

// ---- the dyad: form, URL state, chart ------------------------------------------------

function dyadParams() {
  const params = new URLSearchParams({ a: $("country-a").value, b: $("country-b").value });
  if ($("date-from").value) params.set("start", $("date-from").value);
  if ($("date-to").value) params.set("end", $("date-to").value);
  params.set("freq", $("freq").value);
  if ($("min-confidence").value !== "") params.set("min_confidence", $("min-confidence").value);
  return params;
}

function filterParams() {
  const params = dyadParams();
  if ($("f-direction").value) params.set("direction", $("f-direction").value);
  if ($("f-quad").value) params.set("quad", $("f-quad").value);
  if ($("f-root").value) params.set("root", $("f-root").value);
  if ($("f-dataset").value) params.set("dataset", $("f-dataset").value);
  if ($("f-text").value.trim()) params.set("q", $("f-text").value.trim());
  if (state.period) params.set("period", state.period);
  params.set("sort", state.sort);
  params.set("order", state.order);
  return params;
}

function saveUrl() {
  const params = filterParams();
  if ($("split-directions").checked) params.set("split", "1");
  const hash = state.selected ? `#event=${encodeURIComponent(state.selected)}` : "";
  history.replaceState(null, "", `/?${params}${hash}`);
}

function restoreForm(params) {
  const set = (id, key) => { if (params.has(key)) $(id).value = params.get(key); };
  const unknown = [];
  for (const [id, key] of [["country-a", "a"], ["country-b", "b"]]) {
    if (!params.has(key)) continue;
    const wanted = params.get(key).trim().toUpperCase();
    const before = $(id).selectedIndex;
    $(id).value = wanted;
    if ($(id).value !== wanted) { unknown.push(wanted || "(none)"); $(id).selectedIndex = before; }
  }
  set("date-from", "start");
  set("date-to", "end"); set("freq", "freq"); set("min-confidence", "min_confidence");
  set("f-quad", "quad"); set("f-root", "root"); set("f-text", "q");
  state.sort = params.get("sort") || "date";
  state.order = params.get("order") || "asc";
  state.period = params.get("period");
  $("split-directions").checked = params.get("split") === "1";
  return { direction: params.get("direction"), dataset: params.get("dataset"), unknown };
}

function niceTicks(low, high, most = 8) {
  low = Math.min(low, 0); high = Math.max(high, 0);
  if (high - low <= 0) high = 1;
  const raw = (high - low) / (most - 1);
  const power = 10 ** Math.floor(Math.log10(raw));
  let step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw);
  step = Math.max(step, 1);
  const first = Math.floor(low / step) * step;
  const last = Math.ceil(high / step) * step;
  const out = [];
  for (let t = first; t <= last + step / 2; t += step) out.push(Math.round(t));
  return out;
}

function limits(rows) {
  let high = 0; let low = 0;
  for (const r of rows) {
    high = Math.max(high, r[QUADS[0]] + r[QUADS[1]], r.net_coop);
    low = Math.min(low, -(r[QUADS[2]] + r[QUADS[3]]), r.net_coop);
  }
  return [low, high];
}

// One period chart: cooperation stacked above zero, conflict below, the net line; every
// period's bars are a clickable group (data-period) that filters the events table.
function drawChart(rows, label, shared, withNet) {
  const width = Math.max($("chart").clientWidth, 300);
  const font = 12;
  const height = width < 600 ? 240 : 280;
  const left = 40; const right = 10; const top = 12; const bottom = 30;
  const plotW = width - left - right; const plotH = height - top - bottom;
  const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, width, height,
    "font-size": font, "font-family": "system-ui, sans-serif", role: "img" });
  root.append(svg("title", {}, label));
  const [low0, high0] = shared || limits(rows);
  const pad = 0.1 * ((high0 - low0) || 1);
  const ticks = niceTicks(low0 < 0 ? low0 - pad : 0, high0 + pad);
  const lo = ticks[0]; const hi = ticks[ticks.length - 1];
  const y = (v) => top + ((hi - v) / (hi - lo)) * plotH;
  root.append(svg("rect", { class: "plot", x: left, y: top, width: plotW, height: plotH,
    fill: "none" }));
  for (const t of ticks) {
    root.append(svg("line", { x1: left, x2: left + plotW, y1: y(t), y2: y(t),
      stroke: t === 0 ? "#888" : "#e3e3e3" }));
    root.append(svg("text", { x: left - 5, y: y(t) + 4, "text-anchor": "end", fill: "#444" },
      t.toLocaleString("en")));
  }
  const slot = plotW / Math.max(rows.length, 1);
  const barW = Math.max(Math.min(slot * 0.72, 40), 1);
  rows.forEach((r, i) => {
    const group = svg("g", { class: "period", "data-period": r.period,
      "data-label": r.label });
    if (r.period === state.period) group.classList.add("selected");
    const x = left + i * slot + (slot - barW) / 2;
    for (const [sign, ks] of [[1, [0, 1]], [-1, [2, 3]]]) {
      let base = 0;
      for (const k of ks) {
        const value = r[QUADS[k]];
        if (!value) continue;
        const end = base + sign * value;
        const rect = svg("rect", { class: `bar q${k + 1}`, x, width: barW,
          y: Math.min(y(base), y(end)), height: Math.abs(y(end) - y(base)), fill: COLOURS[k] });
        rect.append(svg("title", {}, `${r.label}: ${value} ${QUAD_NAMES[k]} (click to list)`));
        group.append(rect);
        base = end;
      }
    }
    if (group.childNodes.length) {
      group.addEventListener("click", () => choosePeriod(r.period, r.label));
      root.append(group);
    }
  });
  if (withNet && rows.length > 1) {
    const points = rows.map((r, i) => `${left + (i + 0.5) * slot},${y(r.net_coop)}`);
    root.append(svg("polyline", { class: "net", points: points.join(" "), fill: "none",
      stroke: "#1b1b1b", "stroke-width": 2, "pointer-events": "none" }));
  }
  const widest = Math.max(...rows.map((r) => r.label.length), 1) * font * 0.62 + font;
  const step = Math.max(1, Math.ceil(widest / slot));
  rows.forEach((r, i) => {
    if (i % step) return;
    root.append(svg("text", { class: "tick", x: left + (i + 0.5) * slot, y: top + plotH + 18,
      "text-anchor": "middle", fill: "#444" }, r.label));
  });
  return root;
}

function renderChart() {
  const dyad = state.dyad;
  const box = $("chart");
  box.replaceChildren();
  if (!dyad) return;
  if ($("split-directions").checked && dyad.directed) {
    const parts = Object.entries(dyad.directed);
    const bounds = parts.map(([, rows]) => limits(rows));
    const shared = [Math.min(...bounds.map((b) => b[0])), Math.max(...bounds.map((b) => b[1]))];
    for (const [key, rows] of parts) {
      const [src, tgt] = key.split("->");
      const label = `${nameOf(src)} → ${nameOf(tgt)}`;
      box.append(el("figure", { class: "direction", "data-direction": key },
        el("figcaption", {}, label), drawChart(rows, label, shared, false)));
    }
  } else {
    box.append(drawChart(dyad.series, `${dyad.a_name} and ${dyad.b_name} per ${dyad.freq}`,
      null, true));
  }
}

function nameOf(key) {
  const dyad = state.dyad;
  return key === dyad.a ? dyad.a_name : key === dyad.b ? dyad.b_name : key;
}

function choosePeriod(period, label) {
  state.period = period;
  $("f-period-label").textContent = `${label} only`;
  $("f-period").hidden = false;
  renderChart();
  loadEvents();
  $("events-heading").scrollIntoView({ block: "nearest" });
}

// ---- events table and detail ---------------------------------------------------------

function eventRow(e) {
  const v = e.view;
  const evidence = el("td", { "data-label": "sentence" },
    el("blockquote", { class: `q${v.quad_class || ""}` }, v.sentence));
  const link = httpLink(v.url, v.title || v.url);
  evidence.append(link || el("span", { class: "muted" }, v.title || "no link"));
  if (v.publisher) evidence.append(el("span", { class: "muted" }, ` · ${v.publisher}`));
  const row = el("tr", { class: "event-row", "data-event-id": e.event_id, tabindex: 0 },
    el("td", { class: "date", "data-label": "date" }, v.date),
    el("td", { "data-label": "who → whom" }, el("abbr", { title: v.source_code }, v.source),
      " → ", el("abbr", { title: v.target_code }, v.target)),
    el("td", { "data-label": "event" }, v.label, " ",
      el("span", { class: "muted" }, `(${v.code}, ${v.quad}${v.topic ? `, ${v.topic}` : ""})`)),
    el("td", { class: "num", "data-label": "Goldstein" }, v.goldstein),
    el("td", { class: "num", "data-label": "confidence" }, v.confidence), evidence);
  if (e.event_id === state.selected) row.classList.add("selected");
  row.addEventListener("click", (ev) => {
    if (ev.target.closest("a")) return;
    showDetail(e.event_id, e.date);
  });
  row.addEventListener("keydown", (ev) => { if (ev.key === "Enter") showDetail(e.event_id, e.date); });
  return row;
}

async function loadEvents(append) {
  if (!state.dyad) return;
  if (!append) state.offset = 0;
  const params = filterParams();
  params.set("limit", PAGE);
  params.set("offset", state.offset);
  saveUrl();
  status("events-status", "Loading…");
  try {
    const page = await api(`/api/events?${params}`);
    const rows = page.events.map(eventRow);
    const body = $("events-table").tBodies[0];
    if (append) body.append(...rows); else body.replaceChildren(...rows);
    state.offset += page.events.length;
    $("more-events").hidden = state.offset >= page.total;
    const shown = body.rows.length;
    const where = state.period ? ` in ${$("f-period-label").textContent.replace(" only", "")}` : "";
    status("events-status", `${page.total} events${where}` +
      (page.total > shown ? ` (first ${shown} shown)` : ""));
  } catch (error) {
    status("events-status", error.message, true);
  }
}

function sortBy(key) {
  if (state.sort === key) state.order = state.order === "asc" ? "desc" : "asc";
  else { state.sort = key; state.order = key === "date" ? "asc" : "desc"; }
  markSort();
  loadEvents();
}

function markSort() {
  for (const button of document.querySelectorAll("#events-table th button[data-sort]")) {
    const th = button.parentElement;
    th.setAttribute("aria-sort", button.dataset.sort !== state.sort ? "none"
      : state.order === "asc" ? "ascending" : "descending");
  }
}

function term(label, ...value) {
  return [el("dt", {}, label), el("dd", {}, ...value)];
}

function actorDetail(a) {
  // "Iran (IRN; state)", "Serbian President Aleksandar Vucic (SRBGOV; person, Serbia, GOV)"
  const country = a.country_name && a.country_name !== a.name ? `, ${a.country_name}` : "";
  return el("span", {}, el("strong", {}, a.name), ` (${a.code || "no code"}; ${a.kind}` +
    `${country}${a.sector ? `, ${a.sector}` : ""})`,
    el("br"), el("span", { class: "muted" }, `“${a.text}”: ${a.reason}`));
}

async function showDetail(eventId, day) {
  state.selected = eventId;
  for (const row of document.querySelectorAll("#events-table tr.event-row")) {
    row.classList.toggle("selected", row.dataset.eventId === eventId);
  }
  saveUrl();
  const panel = $("event-detail");
  panel.hidden = false;
  panel.parentElement.classList.add("with-detail");
  $("detail-body").replaceChildren(el("p", { class: "muted" }, "Loading…"));
  try {
    const on = day ? `?date=${encodeURIComponent(day)}` : "";
    const e = await api(`/api/event/${encodeURIComponent(eventId)}${on}`);
    const d = e.detail; const v = e.view;
    const evidence = el("ol", {}, ...d.evidence.map((s) => el("li", {},
      el("blockquote", { class: `q${v.quad_class || ""}` }, s.sentence),
      httpLink(s.url, s.title || s.url) || el("span", { class: "muted" }, "no link"))));
    const params = new URLSearchParams(location.search);
    const permalink = `${location.origin}/?${params}#event=${encodeURIComponent(eventId)}`;
    $("detail-body").replaceChildren(el("dl", {},
      ...term("when", `${v.date}${d.date_precision && d.date_precision !== "day" ? ` (${d.date_precision})` : ""}`),
      ...term("event", `${v.label} (${v.code}, ${v.quad}; Goldstein ${v.goldstein})`),
      ...term("source", actorDetail(d.source)),
      ...term("target", actorDetail(d.target)),
      ...term("rule", d.rule || "– (not coded by entente)"),
      ...term("confidence", d.confidence === null ? "– (none recorded)" : fmt(d.confidence)),
      ...term(`evidence (${d.evidence.length} sentence${d.evidence.length === 1 ? "" : "s"})`, evidence),
      ...(d.attributed_to ? term("attributed to", d.attributed_to) : []),
      ...(d.location ? term("where", d.location) : []),
      ...term("coder version", d.coder_version || "–"),
      ...term("dataset", d.dataset),
      ...term("permalink", el("a", { href: permalink, id: "permalink" }, `event ${eventId.slice(0, 12)}…`))));
  } catch (error) {
    $("detail-body").replaceChildren(el("p", { class: "status error" }, error.message));
  }
}

function closeDetail() {
  state.selected = null;
  $("event-detail").hidden = true;
  $("event-detail").parentElement.classList.remove("with-detail");
  for (const row of document.querySelectorAll("#events-table tr.selected")) {
    row.classList.remove("selected");
  }
  saveUrl();
}

// ---- putting the dyad on the page ----------------------------------------------------

function fillFilters(dyad, wanted) {
  const direction = $("f-direction");
  direction.replaceChildren(el("option", { value: "" }, "both"),
    el("option", { value: "a->b" }, `${dyad.a_name} → ${dyad.b_name}`),
    el("option", { value: "b->a" }, `${dyad.b_name} → ${dyad.a_name}`));
  if (wanted.direction) direction.value = wanted.direction;
  const dataset = $("f-dataset");
  dataset.replaceChildren(el("option", { value: "" }, "all"),
    ...dyad.datasets.map((d) => el("option", { value: d }, d)));
  if (wanted.dataset) dataset.value = wanted.dataset;
}

async function showDyad(event, wanted = {}) {
  if (event) { event.preventDefault(); state.period = null; }
  const params = dyadParams();
  if ($("split-directions").checked) params.set("directed", "true");
  status("dyad-status", "Loading…");
  try {
    const dyad = await api(`/api/dyad?${params}`);
    state.dyad = dyad;
    const total = dyad.series.reduce((n, r) => n + r.events, 0);
    const t = dyad.trend;
    $("dyad-summary").textContent = `${dyad.a_name} and ${dyad.b_name}: ${total} events in ` +
      `${dyad.series.length} periods (confidence at least ${fmt(dyad.min_confidence)}); ` +
      `net cooperation trend ${fmt(t.slope, 3)} per ${dyad.freq}` +
      (t.p_value === null ? "" : ` (p ${fmt(t.p_value, 3)})`) +
      (dyad.datasets.length ? `; datasets: ${dyad.datasets.join(", ")}` : "") + ".";
    const briefParams = dyadParams();
    $("brief-link").href = `/brief?${briefParams}`;
    $("brief-md-link").href = `/brief?${briefParams}&format=md`;
    fillFilters(dyad, wanted);
    $("f-period").hidden = !state.period;
    if (state.period) {
      const row = dyad.series.find((r) => r.period === state.period);
      $("f-period-label").textContent = `${row ? row.label : state.period} only`;
    }
    $("dyad-result").hidden = false;
    renderChart();
    status("dyad-status", "");
    await loadEvents();
  } catch (error) {
    status("dyad-status", error.message, true);
  }
}

async function loadSettings() {
  try {
    state.settings = await api("/api/settings");
    $("min-confidence").placeholder = fmt(state.settings.min_confidence);
    $("f-root").append(...state.settings.roots.map((r) =>
      el("option", { value: r.root }, `${r.root} ${r.label}`)));
  } catch (error) {
    status("dyad-status", `Cannot read the settings: ${error.message}`, true);
  }
}

async function loadCountries() {
  const countries = await api("/api/countries");
  for (const select of [$("country-a"), $("country-b")]) {
    select.replaceChildren(...countries.map((c) =>
      el("option", { value: c.key }, `${c.name} (${c.key}, ${c.events} events)`)));
  }
  if (countries.length > 1) $("country-b").value = countries[1].key;
  status("dyad-status", countries.length ? "" : "The store has no events yet.");
}

// ---- coding a pasted or uploaded article ---------------------------------------------

function highlight(indexes, from) {
  const wanted = new Set(indexes.map(String));
  for (const mark of document.querySelectorAll("#article-view mark")) {
    const on = mark.dataset.events.split(" ").some((i) => wanted.has(i));
    mark.classList.toggle("active", on);
  }
  for (const row of document.querySelectorAll("#coded-table tr.coded-row")) {
    row.classList.toggle("active", wanted.has(row.dataset.index));
  }
  const target = from === "row" ? document.querySelector("#article-view mark.active")
    : document.querySelector("#coded-table tr.coded-row.active");
  if (target) target.scrollIntoView({ block: "nearest" });
}

function codedRow(e, i) {
  const v = e.view;
  const why = el("td", { "data-label": "why" });
  const button = el("button", { type: "button", class: "explain-button" }, "explain");
  button.addEventListener("click", (ev) => {
    ev.stopPropagation();
    const open = why.querySelector("pre");
    if (open) { open.remove(); button.textContent = "explain"; return; }
    why.append(el("pre", { class: "explain" }, e.explain || "no explanation"));
    button.textContent = "hide";
  });
  why.append(button);
  const row = el("tr", { class: "coded-row", "data-index": i },
    el("td", { "data-label": "#" }, i + 1),
    el("td", { "data-label": "who → whom" }, `${v.source} → ${v.target}`),
    el("td", { "data-label": "event" }, v.label, " ", el("span", { class: "muted" }, `(${v.code})`)),
    el("td", { class: "num", "data-label": "Goldstein" }, v.goldstein),
    el("td", { class: "num", "data-label": "confidence" }, v.confidence),
    el("td", { "data-label": "sentence" }, v.sentence), why);
  row.addEventListener("mouseenter", () => highlight([i], "row"));
  row.addEventListener("click", () => highlight([i], "row"));
  return row;
}

function renderCoded(result) {
  const view = $("article-view");
  view.replaceChildren(...result.segments.map((s) => {
    const roles = s.roles.filter((r) => r !== "sentence");
    let node = document.createTextNode(s.text);
    if (roles.length) {
      node = el("mark", { class: roles.map((r) => `role-${r}`).join(" "),
        "data-events": s.events.join(" "), title: roles.join(", ") }, s.text);
      node.addEventListener("mouseenter", () => highlight(s.events, "text"));
      node.addEventListener("click", () => highlight(s.events, "text"));
    }
    if (s.roles.includes("sentence")) node = el("span", { class: "role-sentence" }, node);
    return node;
  }));
  $("coded-table").tBodies[0].replaceChildren(...result.events.map(codedRow));
  const n = result.events.length;
  // With no event there is nothing to highlight or list: no legend, no empty table.
  $("coded-table").hidden = !n;
  document.querySelector("#code-result .legend").hidden = !n;
  $("code-result").hidden = false;
  status("code-status", n ? `${n} event${n === 1 ? "" : "s"} coded.`
    : "No events found: no sentence names two actors and something one did to the other.");
}

async function codeText(event) {
  event.preventDefault();
  status("code-status", "Coding…");
  const body = { text: $("article-text").value };
  if ($("article-date").value) body.date = $("article-date").value;
  try {
    renderCoded(await api("/api/code", { method: "POST",
      headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) }));
  } catch (error) {
    status("code-status", error.message, true);
  }
}

async function codeFile() {
  const file = $("article-file").files[0];
  if (!file) { status("code-status", "Choose a .txt or .html file first.", true); return; }
  const form = new FormData();
  form.append("file", file);
  if ($("article-date").value) form.append("date", $("article-date").value);
  status("code-status", "Coding…");
  try {
    renderCoded(await api("/api/code/upload", { method: "POST", body: form }));
  } catch (error) {
    status("code-status", error.message, true);
  }
}

// ---- wiring ----------------------------------------------------------------------------

function debounce(fn, ms) {
  let timer = null;
  return (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); };
}

document.addEventListener("DOMContentLoaded", async () => {
  $("dyad-form").addEventListener("submit", showDyad);
  $("filters").addEventListener("submit", (ev) => ev.preventDefault());
  for (const id of ["f-direction", "f-quad", "f-root", "f-dataset"]) {
    $(id).addEventListener("change", () => loadEvents());
  }
  $("f-text").addEventListener("input", debounce(() => loadEvents(), 300));
  $("f-period-clear").addEventListener("click", () => {
    state.period = null; $("f-period").hidden = true; renderChart(); loadEvents();
  });
  $("split-directions").addEventListener("change", () => {
    if ($("split-directions").checked && state.dyad && !state.dyad.directed) showDyad(null);
    else renderChart();
    saveUrl();
  });
  for (const button of document.querySelectorAll("#events-table th button[data-sort]")) {
    button.addEventListener("click", () => sortBy(button.dataset.sort));
  }
  $("more-events").addEventListener("click", () => loadEvents(true));
  $("detail-close").addEventListener("click", closeDetail);
  $("code-form").addEventListener("submit", codeText);
  $("upload-button").addEventListener("click", codeFile);
  window.addEventListener("resize", debounce(renderChart, 150));
  try {
    await Promise.all([loadCountries(), loadSettings()]);
  } catch (error) {
    status("dyad-status", `Cannot read the store: ${error.message}`, true);
    return;
  }
  const params = new URLSearchParams(location.search);
  const wanted = restoreForm(params);
  markSort();
  const hash = new URLSearchParams(location.hash.slice(1));
  if (wanted.unknown.length) {
    status("dyad-status", `No events for ${wanted.unknown.join(" or ")} in this store: ` +
      "pick two countries from the lists.", true);
  } else if (params.has("a") && params.has("b")) await showDyad(null, wanted);
  if (hash.get("event")) {
    if (!state.dyad) $("dyad-result").hidden = false;
    showDetail(hash.get("event"));
  }
});
