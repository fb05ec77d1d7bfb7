// entente explorer: every value from the API goes into the page as a text node, never as
// markup; links are made only from http(s) URLs.
"use strict";

const $ = (id) => document.getElementById(id);

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

function httpLink(url, label) {
  if (typeof url !== "string" || !/^https?:\/\/[^\s]+$/i.test(url)) return null;
  return el("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank" }, label);
}

function fmt(value, digits = 2) {
  if (value === null || value === undefined || Number.isNaN(value)) return "–";
  return Number.isInteger(value) ? String(value) : Number(value).toFixed(digits);
}

async function api(path, options) {
  const response = await fetch(path, options);
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const detail = typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail);
    throw new Error(detail || `${response.status} ${response.statusText}`);
  }
  return body;
}

function status(id, message, isError) {
  const node = $(id);
  node.textContent = message;
  node.classList.toggle("error", Boolean(isError));
}

async function loadCountries() {
  try {
    const countries = await api("/api/countries");
    for (const select of [$("country-a"), $("country-b")]) {
      select.replaceChildren(...countries.map((c) =>
        el("option", { value: c.key }, `${c.name} (${c.key}, ${c.events} events)`)));
    }
    if (countries.length > 1) $("country-b").value = countries[1].key;
    status("dyad-status", countries.length ? "" : "The store has no events yet.");
  } catch (error) {
    status("dyad-status", `Cannot read the store: ${error.message}`, true);
  }
}

function dyadQuery() {
  const params = new URLSearchParams({ a: $("country-a").value, b: $("country-b").value });
  if ($("date-from").value) params.set("start", $("date-from").value);
  if ($("date-to").value) params.set("end", $("date-to").value);
  params.set("freq", $("freq").value);
  return params;
}

function seriesRow(r) {
  return el("tr", {}, el("td", {}, r.period), el("td", {}, r.events), el("td", {}, r.verbal_coop),
    el("td", {}, r.material_coop), el("td", {}, r.verbal_conflict), el("td", {}, r.material_conflict), el("td", {}, fmt(r.net_coop)),
    el("td", {}, fmt(r.goldstein_mean)));
}

function eventRow(e) {
  const v = e.view;
  const evidence = el("td", {}, el("blockquote", { class: `q${v.quad_class || ""}` }, v.sentence));
  const link = httpLink(v.url, v.title || v.url);
  evidence.append(link || el("span", { class: "muted" }, v.title || "no link"));
  return el("tr", { class: "event-row" }, el("td", {}, v.date),
    el("td", {}, `${v.source} → ${v.target}`),
    el("td", {}, v.label, " ", el("span", { class: "muted" }, `(${v.code}, ${v.quad})`)),
    el("td", {}, v.goldstein), evidence);
}

async function showDyad(event) {
  event.preventDefault();
  const params = dyadQuery();
  status("dyad-status", "Loading…");
  try {
    const [dyad, events] = await Promise.all([
      api(`/api/dyad?${params}`), api(`/api/events?${params}&limit=500`)]);
    const total = dyad.series.reduce((n, r) => n + r.events, 0);
    const t = dyad.trend;
    $("dyad-summary").textContent = `${dyad.a_name} and ${dyad.b_name}: ${total} events in ` +
      `${dyad.series.length} periods; net cooperation trend ${fmt(t.slope, 3)} per ${dyad.freq}` +
      (t.p_value === null ? "" : ` (p ${fmt(t.p_value, 3)})`) +
      (dyad.datasets.length ? `; datasets: ${dyad.datasets.join(", ")}` : "") + ".";
    $("series-chart").src = `/api/dyad/chart.svg?${params}`;
    $("brief-link").href = `/brief?${params}`;
    $("brief-md-link").href = `/brief?${params}&format=md`;
    $("series-table").tBodies[0].replaceChildren(...dyad.series.map(seriesRow));
    $("events-table").tBodies[0].replaceChildren(...events.events.map(eventRow));
    $("dyad-result").hidden = false;
    status("dyad-status", `${events.total} events between ${dyad.a_name} and ${dyad.b_name}` +
      (events.total > events.events.length ? ` (first ${events.events.length} shown)` : ""));
  } catch (error) {
    status("dyad-status", error.message, true);
  }
}

function renderCoded(result) {
  const view = $("article-view");
  view.replaceChildren(...result.segments.map((s) => {
    const roles = s.roles.filter((r) => r !== "sentence");
    let node = document.createTextNode(s.text);
    if (roles.length) {
      node = el("mark", { class: roles.map((r) => `role-${r}`).join(" "),
        "data-events": s.events.join(" "), title: roles.join(", ") }, s.text);
    }
    if (s.roles.includes("sentence")) node = el("span", { class: "role-sentence" }, node);
    return node;
  }));
  $("coded-table").tBodies[0].replaceChildren(...result.events.map((e, i) => el("tr",
    { class: "coded-row" }, el("td", {}, i + 1), el("td", {}, `${e.view.source} → ${e.view.target}`),
    el("td", {}, e.view.label, " ", el("span", { class: "muted" }, `(${e.view.code})`)),
    el("td", {}, e.view.goldstein), el("td", {}, e.view.sentence))));
  $("code-result").hidden = false;
  status("code-status", `${result.events.length} events coded.`);
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

document.addEventListener("DOMContentLoaded", () => {
  $("dyad-form").addEventListener("submit", showDyad);
  $("code-form").addEventListener("submit", codeText);
  $("upload-button").addEventListener("click", codeFile);
  loadCountries();
});
