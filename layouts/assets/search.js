// The search page: Pagefind's index, queried in the browser (online or offline).
// The query, filters and sort live in the URL so a search can be shared and the back button works.
const root = document.documentElement;
const base = root.getAttribute("data-base") || "/";
const form = document.getElementById("formulaire-recherche");
const input = document.getElementById("recherche");
const sortSelect = document.getElementById("tri");
const filtersBox = document.getElementById("filtres");
const statusLine = document.getElementById("etat-recherche");
const resultsList = document.getElementById("resultats");

/** Filters offered to readers, in this order, with their French names. */
const FILTERS = [
  ["type", "Type de fiche"],
  ["dynamique", "Type de dynamique"],
  ["thème", "Thème"],
  ["région", "Région"],
  ["département", "Département"],
  ["territoire", "Territoire"],
  ["année", "Année"],
];
const PAGE_SIZE = 20;

const pagefind = await import(`${base}pagefind/pagefind.js`);
// Exact words outrank longer words that merely start with them: « Figeac » finds the Figeac dossier before Figeacteurs.
await pagefind.options({ baseUrl: base, excerptLength: 24, ranking: { termSimilarity: 10 } });
await pagefind.init();

function plural(count, one, many) {
  return `${count} ${count > 1 ? many : one}`;
}

function stateFromUrl() {
  const params = new URLSearchParams(location.search);
  const filters = {};
  for (const [key] of FILTERS) {
    const values = params.getAll(key);
    if (values.length) filters[key] = values;
  }
  return { query: params.get("q") || "", sort: params.get("tri") === "date" ? "date" : "pertinence", filters };
}

function urlFromState(state) {
  const params = new URLSearchParams();
  if (state.query) params.set("q", state.query);
  if (state.sort === "date") params.set("tri", "date");
  for (const [key, values] of Object.entries(state.filters)) for (const value of values) params.append(key, value);
  const search = params.toString();
  return `${location.pathname}${search ? `?${search}` : ""}`;
}

function stateFromForm() {
  const filters = {};
  for (const box of filtersBox.querySelectorAll("input[type=checkbox]:checked")) {
    (filters[box.name] ||= []).push(box.value);
  }
  return { query: input.value.trim(), sort: sortSelect.value, filters };
}

async function renderFilters(state) {
  const available = await pagefind.filters();
  filtersBox.replaceChildren();
  for (const [key, label] of FILTERS) {
    const values = Object.keys(available[key] || {}).sort((a, b) => a.localeCompare(b, "fr", { numeric: true }));
    if (values.length === 0) continue;
    const fieldset = document.createElement("fieldset");
    const legend = document.createElement("legend");
    legend.textContent = label;
    fieldset.append(legend);
    for (const value of values) {
      const id = `filtre-${key}-${value}`.replace(/[^\p{L}\p{N}-]+/gu, "-");
      const box = Object.assign(document.createElement("input"), { type: "checkbox", name: key, value, id });
      box.checked = (state.filters[key] || []).includes(value);
      const boxLabel = document.createElement("label");
      boxLabel.htmlFor = id;
      boxLabel.textContent = `${value} (${available[key][value]})`;
      const item = document.createElement("div");
      item.className = "filter-option";
      item.append(box, boxLabel);
      fieldset.append(item);
    }
    filtersBox.append(fieldset);
  }
}

/** Pagefind's excerpt is HTML with <mark>; keep only its text and marks. */
function excerptNode(excerpt) {
  const node = document.createElement("p");
  const template = document.createElement("template");
  template.innerHTML = excerpt;
  for (const child of template.content.childNodes) {
    if (child.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = child.textContent;
      node.append(mark);
    } else {
      node.append(document.createTextNode(child.textContent || ""));
    }
  }
  return node;
}

function resultItem(data) {
  const item = document.createElement("li");
  const link = Object.assign(document.createElement("a"), { href: data.url, textContent: data.meta.title || data.url });
  const heading = document.createElement("h2");
  heading.append(link);
  const meta = document.createElement("p");
  meta.className = "meta";
  meta.textContent = [data.meta.type, data.meta.date, data.meta.territoire].filter(Boolean).join(" · ");
  item.append(heading, meta, excerptNode(data.excerpt || ""));
  return item;
}

const fold = (text) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim();

/**
 * A territory's dossier comes first when the query is its name: Pagefind ranks words, and
 * « Villeurbanne » appears as often in « Saint-Jean (Villeurbanne) » as in « Villeurbanne ».
 */
function nameMatchesFirst(results, query) {
  const wanted = fold(query);
  const rank = (data) => (fold(data.meta.title || "") !== wanted ? 2 : data.meta.type === "Territoire" ? 0 : 1);
  return results.map((data, index) => ({ data, index })).sort((a, b) => rank(a.data) - rank(b.data) || a.index - b.index).map(({ data }) => data);
}

/**
 * Pagefind indexes « tiers-lieux » both whole and as « tiers » and « lieux », but matches a
 * hyphenated query only whole: searching its parts also finds « tiers-lieu », the singular.
 */
function searchWords(query) {
  return query.replace(/(\p{L})-(?=\p{L})/gu, "$1 ");
}

let searchCount = 0;
async function runSearch(state) {
  const current = ++searchCount;
  const hasFilters = Object.keys(state.filters).length > 0;
  if (!state.query && !hasFilters) {
    statusLine.textContent = "Saisissez un ou plusieurs mots, ou choisissez un filtre.";
    resultsList.replaceChildren();
    return;
  }
  statusLine.textContent = "Recherche en cours…";
  const options = { filters: state.filters };
  if (state.sort === "date") options.sort = { date: "desc" };
  const search = await pagefind.search(state.query ? searchWords(state.query) : null, options);
  if (current !== searchCount) return;
  const loaded = await Promise.all(search.results.slice(0, PAGE_SIZE).map((result) => result.data()));
  if (current !== searchCount) return;
  const shown = state.sort === "date" ? loaded : nameMatchesFirst(loaded, state.query);
  const about = state.query ? ` pour « ${state.query} »` : "";
  statusLine.textContent =
    search.results.length === 0
      ? `Aucun résultat${about}.`
      : `${plural(search.results.length, "résultat", "résultats")}${about}${search.results.length > PAGE_SIZE ? ` (les ${PAGE_SIZE} premiers sont affichés)` : ""}.`;
  resultsList.replaceChildren(...shown.map(resultItem));
}

async function applyState(state) {
  input.value = state.query;
  sortSelect.value = state.sort;
  await renderFilters(state);
  await runSearch(state);
}

function update({ push }) {
  const state = stateFromForm();
  const url = urlFromState(state);
  if (push) history.pushState(null, "", url);
  else history.replaceState(null, "", url);
  runSearch(state);
}

let typing;
input.addEventListener("input", () => {
  clearTimeout(typing);
  typing = setTimeout(() => update({ push: false }), 250);
});
form.addEventListener("submit", (event) => {
  event.preventDefault();
  update({ push: true });
});
form.addEventListener("change", (event) => {
  if (event.target !== input) update({ push: true });
});
window.addEventListener("popstate", () => applyState(stateFromUrl()));

await applyState(stateFromUrl());
document.body.dataset.searchReady = "true";
