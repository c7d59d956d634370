/**
 * The « nouveautés » collection behind the Atom feed: every published entry, dated by
 * when its file was added to the repository, oldest first (the feed plugin reverses it).
 */
import type { Observatory } from "../model/types.ts";
import { datesAdded } from "../publish/dates-added.ts";
import { publicationDate } from "../publish/publication-date.ts";

export interface CollectionApi {
  getAll(): Array<{ data: { observatoire?: Observatory } }>;
}

export interface FeedItem {
  readonly url: string;
  readonly date: Date;
  readonly content: string;
  readonly data: { readonly title: string; readonly summary: string; readonly page: { readonly url: string; readonly outputPath: string; readonly inputPath: string } };
}

export function newestEntries(collections: CollectionApi, root: string): FeedItem[] {
  const observatory = collections.getAll()[0]?.data.observatoire;
  if (!observatory) return [];
  const added = datesAdded(root);
  const fallback = publicationDate(root).iso;
  const entries = [...observatory.dynamiques, ...observatory.visites, ...observatory.evenements];
  return entries
    .map((entry) => ({
      url: entry.url,
      date: new Date(added.get(entry.sourcePath) ?? fallback),
      content: entry.bodyHtml,
      data: {
        title: entry.title,
        summary: entry.summary,
        page: { url: entry.url, outputPath: `${entry.url.slice(1)}index.html`, inputPath: entry.sourcePath },
      },
    }))
    .sort((a, b) => a.date.getTime() - b.date.getTime() || b.data.title.localeCompare(a.data.title, "fr"));
}
