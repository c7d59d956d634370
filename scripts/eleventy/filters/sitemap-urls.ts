import { everyPageUrl } from "../../model/page-sets.ts";
import type { Observatory } from "../../model/types.ts";

interface CollectionItem {
  readonly url?: string | false;
  readonly data: { readonly pagination?: unknown };
}

/**
 * `{{ collections.all | sitemapUrls(observatoire) }}` → every page's address, sorted: the
 * single pages, and every page made from an item of the model, whether or not this run
 * rendered it (the preview renders only the pages whose data changed).
 */
export function sitemapUrls(collection: readonly CollectionItem[], observatory: Observatory): string[] {
  const singles = collection.flatMap((item) => (!item.data.pagination && typeof item.url === "string" && item.url.endsWith("/") ? [item.url] : []));
  return [...new Set([...singles, ...everyPageUrl(observatory)])].sort();
}
