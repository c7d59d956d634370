// The search index as the search page sees it: one or more parts (scripts/search/index-parts.ts),
// each a Pagefind bundle of its own, listed in pagefind/parties.json. Each part is loaded as its
// own module, and what they answer is merged here, the way Pagefind merges indexes, except for
// the date order, which Pagefind's merge loses (it orders the union by score alone).

/**
 * Merges lists that are each in order into one list in that order, keeping each list's own
 * order and, between equals, the earlier list's item first. One list comes back as it is.
 */
export function mergeInOrder(lists, comesBefore) {
  const positions = lists.map(() => 0);
  const merged = [];
  for (;;) {
    let chosen = -1;
    lists.forEach((list, n) => {
      if (positions[n] >= list.length) return;
      if (chosen === -1 || comesBefore(list[positions[n]], lists[chosen][positions[chosen]])) chosen = n;
    });
    if (chosen === -1) return merged;
    merged.push(lists[chosen][positions[chosen]++]);
  }
}

/** Counts of filter values, { key: { value: count } }, added up across parts. */
export function addCounts(countsOfParts) {
  const total = {};
  for (const counts of countsOfParts) {
    for (const [key, values] of Object.entries(counts || {})) {
      total[key] ??= {};
      for (const [value, count] of Object.entries(values)) total[key][value] = (total[key][value] || 0) + count;
    }
  }
  return total;
}

const isoDate = (data) => data.meta["date-tri"] || "";

export async function openSearchIndex(base, settings) {
  const listed = await fetch(`${base}pagefind/parties.json`);
  if (!listed.ok) throw new Error(`pagefind/parties.json : ${listed.status}`);
  const paths = await listed.json();
  const parts = await Promise.all(
    paths.map(async (path) => {
      const part = await import(`${base}${path}pagefind.js`);
      await part.options(settings);
      await part.init();
      return part;
    }),
  );
  return {
    /** The counts of every filter value in the whole index. */
    async filters() {
      return addCounts(await Promise.all(parts.map((part) => part.filters())));
    },
    /**
     * The first `count` results of a search, with their data, the total and the filters' counts.
     * By date, each part's results come newest first: the first `count` of all are among the
     * first `count` of each, merged by their date.
     */
    async search(term, options, count) {
      const answers = await Promise.all(parts.map((part) => part.search(term, options)));
      const total = answers.reduce((sum, answer) => sum + answer.results.length, 0);
      const filters = addCounts(answers.map((answer) => answer.filters));
      if (options.sort) {
        const loaded = await Promise.all(answers.map((answer) => Promise.all(answer.results.slice(0, count).map((result) => result.data()))));
        return { total, filters, results: mergeInOrder(loaded, (a, b) => isoDate(a) > isoDate(b)).slice(0, count) };
      }
      const first = mergeInOrder(answers.map((answer) => answer.results), (a, b) => a.score > b.score).slice(0, count);
      return { total, filters, results: await Promise.all(first.map((result) => result.data())) };
    },
  };
}
