// The search page: Pagefind's index, queried in the browser (online or offline).
// The query, filters and sort live in the URL so a search can be shared and the back button works.
// The filters are drawn by the page (components/search-facets.njk); this script fills in their
// values and counts, and opens a group's values only when the reader opens the group, so that the
// results come first and no long task holds the page while they arrive.
import { openSearchIndex } from "./search-index.js";

const root = document.documentElement;
const base = root.getAttribute("data-base") || "/";
const form = document.getElementById("formulaire-recherche");
const input = document.getElementById("recherche");
const sortSelect = document.getElementById("tri");
const facetsBox = document.getElementById("filtres");
const statusLine = document.getElementById("etat-recherche");
const resultsList = document.getElementById("resultats");
const moreLine = document.getElementById("suite-resultats");

const PAGE_SIZE = 20;
/** A group shows its most frequent values first; the others wait behind « voir plus ». */
const TOP_VALUES = 6;
/** Past this many values, a group also has a box to find a value by its name. */
const FILTER_BOX_FROM = 12;

/** The row of boxes for the entry's type, always visible. */
const inlineFacet = facetsBox.querySelector(".facet-inline");
/** The collapsed groups, by filter name. */
const groups = new Map([...facetsBox.querySelectorAll("details.facet")].map((details) => [details.dataset.facet, { details, expanded: false, built: false }]));
const FILTER_KEYS = [inlineFacet.dataset.facet, ...groups.keys()];

/** What the page shows: the URL's state, kept here so that an unopened group keeps its chosen values. */
let state = { query: "", sort: "pertinence", filters: {} };
/** Counts of each filter value for the current search: { key: { value: count } }. */
let counts = {};

// Exact words outrank longer words that merely start with them: « Figeac » finds the Figeac dossier before Figeacteurs.
const searchIndex = await openSearchIndex(base, { baseUrl: base, excerptLength: 24, ranking: { termSimilarity: 10 } });
// Pagefind counts a search's filter values only once their chunks are loaded; this loads them
// (seven small files per part) and gives the counts of the whole index, for a page with nothing asked.
const indexCounts = await searchIndex.filters();

function plural(count, one, many) {
  return `${count} ${count > 1 ? many : one}`;
}

const collator = new Intl.Collator("fr", { numeric: true });
const fold = (text) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim();

/** Lets the browser paint and answer the reader between two pieces of work. */
function yieldToBrowser() {
  return globalThis.scheduler?.yield ? globalThis.scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

function stateFromUrl() {
  const params = new URLSearchParams(location.search);
  const filters = {};
  for (const key of FILTER_KEYS) {
    const values = params.getAll(key);
    if (values.length) filters[key] = values;
  }
  return { query: params.get("q") || "", sort: params.get("tri") === "date" ? "date" : "pertinence", filters };
}

function urlFromState() {
  const params = new URLSearchParams();
  if (state.query) params.set("q", state.query);
  if (state.sort === "date") params.set("tri", "date");
  for (const key of FILTER_KEYS) for (const value of state.filters[key] || []) params.append(key, value);
  const search = params.toString();
  return `${location.pathname}${search ? `?${search}` : ""}`;
}

const isChosen = (key, value) => (state.filters[key] || []).includes(value);

function choose(key, value, chosen) {
  const values = (state.filters[key] || []).filter((other) => other !== value);
  if (chosen) values.push(value);
  if (values.length) state.filters[key] = values;
  else delete state.filters[key];
}

/** The values a group offers for this search: the chosen ones, then the most frequent, then by name. */
function offeredValues(key) {
  const available = counts[key] || {};
  const values = new Set([...Object.keys(available).filter((value) => available[value] > 0), ...(state.filters[key] || [])]);
  return [...values].sort(
    (a, b) => Number(isChosen(key, b)) - Number(isChosen(key, a)) || (available[b] || 0) - (available[a] || 0) || collator.compare(a, b),
  );
}

// ——— The type row: its boxes are in the page; only their counts and states change.

function updateInlineFacet() {
  const key = inlineFacet.dataset.facet;
  for (const box of inlineFacet.querySelectorAll("input[type=checkbox]")) {
    const count = (counts[key] || {})[box.value] || 0;
    box.checked = isChosen(key, box.value);
    // A type with no result here cannot be chosen, but keeps its place.
    box.disabled = count === 0 && !box.checked;
    box.labels[0].querySelector(".facet-value-count").textContent = `(${count})`;
  }
}

// ——— The collapsed groups: a summary with a count, a panel built when first opened.

function updateSummary(key) {
  const { details } = groups.get(key);
  const offered = offeredValues(key).length;
  const chosen = (state.filters[key] || []).length;
  details.classList.toggle("has-choice", chosen > 0);
  // A group with nothing to offer keeps its place (hiding it would move the others) and says « 0 ».
  details.classList.toggle("is-empty", offered === 0);
  const count = details.querySelector(".facet-count");
  count.textContent = String(offered);
  const said = document.createElement("span");
  said.className = "visually-hidden";
  said.textContent = `${offered > 1 ? " valeurs" : " valeur"}${chosen ? `, ${plural(chosen, "choisie", "choisies")}` : ""}`;
  count.append(said);
}

function buildPanel(key) {
  const group = groups.get(key);
  const panel = group.details.querySelector(".facet-panel");
  const name = group.details.querySelector(".facet-name").textContent;
  const finder = document.createElement("p");
  finder.className = "facet-finder";
  const finderId = `trouver-${key}`.replace(/[^\p{L}\p{N}-]+/gu, "-");
  const finderLabel = Object.assign(document.createElement("label"), { htmlFor: finderId, textContent: `Trouver une valeur de « ${name} »` });
  finderLabel.className = "visually-hidden";
  const finderBox = Object.assign(document.createElement("input"), { type: "search", id: finderId, placeholder: "Trouver…", autocomplete: "off" });
  finderBox.dataset.finder = key;
  finder.append(finderLabel, finderBox);
  const list = document.createElement("ul");
  list.className = "facet-options";
  const more = Object.assign(document.createElement("button"), { type: "button", className: "facet-more" });
  more.dataset.more = key;
  panel.replaceChildren(finder, list, more);
  group.built = true;
}

/** Where the focus was in a panel, to put it back on the same control once the panel is redrawn. */
function focusedControl(panel) {
  const active = document.activeElement;
  if (!active || !panel.contains(active)) return undefined;
  if (active.type === "checkbox") return `input[type=checkbox][value="${CSS.escape(active.value)}"]`;
  if (active.dataset.more) return "button.facet-more";
  return undefined;
}

function renderPanel(key) {
  const group = groups.get(key);
  if (!group.built) buildPanel(key);
  const panel = group.details.querySelector(".facet-panel");
  const refocus = focusedControl(panel);
  const finderBox = panel.querySelector("input[type=search]");
  const list = panel.querySelector(".facet-options");
  const more = panel.querySelector(".facet-more");
  const values = offeredValues(key);
  const available = counts[key] || {};
  finderBox.parentElement.hidden = values.length <= FILTER_BOX_FROM;
  const wanted = finderBox.parentElement.hidden ? "" : fold(finderBox.value);
  const matching = wanted ? values.filter((value) => fold(value).includes(wanted)) : values;
  const shownCount = wanted || group.expanded ? matching.length : Math.max(TOP_VALUES, (state.filters[key] || []).length);
  const shown = matching.slice(0, shownCount);
  list.replaceChildren(
    ...shown.map((value, index) => {
      const id = `filtre-${key}-${index}`.replace(/[^\p{L}\p{N}-]+/gu, "-");
      const box = Object.assign(document.createElement("input"), { type: "checkbox", value, id, checked: isChosen(key, value) });
      box.dataset.filter = key;
      const label = Object.assign(document.createElement("label"), { htmlFor: id, textContent: `${value} (${available[value] || 0})` });
      const item = document.createElement("li");
      item.append(box, label);
      return item;
    }),
  );
  if (matching.length === 0) {
    const none = wanted ? "Aucune valeur ne correspond." : "Aucune valeur pour cette recherche.";
    list.append(Object.assign(document.createElement("li"), { className: "empty", textContent: none }));
  }
  const hidden = matching.length - shown.length;
  more.hidden = wanted !== "" || (hidden === 0 && !group.expanded);
  more.textContent = group.expanded ? "Voir moins" : `Voir plus (${hidden})`;
  more.setAttribute("aria-expanded", String(group.expanded));
  if (refocus) panel.querySelector(refocus)?.focus();
}

/** Counts and chosen values of every filter, after each search; open panels are redrawn, closed ones wait. */
async function renderFilters() {
  updateInlineFacet();
  for (const [key, group] of groups) {
    updateSummary(key);
    if (group.details.open) {
      // Drawing a long list is the one heavy piece: the browser may paint the results first.
      await yieldToBrowser();
      renderPanel(key);
    }
  }
}

// ——— Results.

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
async function runSearch() {
  const current = ++searchCount;
  const asked = { ...state, filters: { ...state.filters } };
  const hasFilters = Object.keys(asked.filters).length > 0;
  if (!asked.query && !hasFilters) {
    // Nothing asked: the filters offer the whole index.
    counts = indexCounts;
    statusLine.textContent = "Saisissez un ou plusieurs mots, ou choisissez un filtre.";
    resultsList.replaceChildren();
    moreLine.hidden = true;
    await renderFilters();
    return;
  }
  statusLine.textContent = "Recherche en cours…";
  const options = { filters: asked.filters };
  if (asked.sort === "date") options.sort = { date: "desc" };
  const search = await searchIndex.search(asked.query ? searchWords(asked.query) : null, options, PAGE_SIZE);
  if (current !== searchCount) return;
  const shown = asked.sort === "date" ? search.results : nameMatchesFirst(search.results, asked.query);
  const about = asked.query ? ` pour « ${asked.query} »` : "";
  const total = search.total;
  statusLine.textContent = total === 0 ? `Aucun résultat${about}.` : `${plural(total, "résultat", "résultats")}${about}.`;
  resultsList.replaceChildren(...shown.map(resultItem));
  moreLine.hidden = total <= PAGE_SIZE;
  moreLine.textContent = `Les ${PAGE_SIZE} premiers résultats sont affichés : précisez les mots ou choisissez un filtre pour trouver les autres.`;
  counts = search.filters;
  // The results are on screen; the filters' counts follow, after a pause for the browser.
  await yieldToBrowser();
  if (current !== searchCount) return;
  await renderFilters();
}

function showState() {
  input.value = state.query;
  sortSelect.value = state.sort;
}

function update({ push }) {
  const url = urlFromState();
  if (push) history.pushState(null, "", url);
  else history.replaceState(null, "", url);
  runSearch();
}

// ——— The reader's actions.

let typing;
input.addEventListener("input", () => {
  clearTimeout(typing);
  typing = setTimeout(() => {
    state.query = input.value.trim();
    update({ push: false });
  }, 250);
});
form.addEventListener("submit", (event) => {
  event.preventDefault();
  clearTimeout(typing);
  state.query = input.value.trim();
  update({ push: true });
});
form.addEventListener("change", (event) => {
  const target = event.target;
  if (target === sortSelect) {
    state.sort = sortSelect.value === "date" ? "date" : "pertinence";
    update({ push: true });
  } else if (target.type === "checkbox" && FILTER_KEYS.includes(target.dataset.filter)) {
    choose(target.dataset.filter, target.value, target.checked);
    update({ push: true });
  }
});
// A group's own box finds a value among its list; it does not search the index.
facetsBox.addEventListener("input", (event) => {
  const key = event.target.dataset?.finder;
  if (key) renderPanel(key);
});
facetsBox.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && event.target.dataset?.finder) event.preventDefault();
  if (event.key === "Escape") {
    const open = event.target.closest("details[open]");
    if (open) {
      open.open = false;
      open.querySelector("summary").focus();
    }
  }
});
facetsBox.addEventListener("click", (event) => {
  const key = event.target.dataset?.more;
  if (!key) return;
  const group = groups.get(key);
  group.expanded = !group.expanded;
  renderPanel(key);
});
for (const [key, group] of groups) {
  group.details.addEventListener("toggle", () => {
    if (!group.details.open) return;
    // One panel at a time: they open over the results (browsers without <details name> too).
    for (const other of groups.values()) if (other !== group) other.details.open = false;
    renderPanel(key);
  });
}
// A click elsewhere on the page closes the open panel, as any menu does.
document.addEventListener("click", (event) => {
  for (const group of groups.values()) if (group.details.open && !group.details.contains(event.target)) group.details.open = false;
});
window.addEventListener("popstate", () => {
  state = stateFromUrl();
  showState();
  runSearch();
});

state = stateFromUrl();
showState();
await runSearch();
document.body.dataset.searchReady = "true";
