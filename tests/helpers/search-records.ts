/** The pages recorded in a built Pagefind index: its fragments are gzipped JSON, one per page. */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";

const SIGNATURE = "pagefind_dcd";

export interface SearchRecord {
  readonly url: string;
  /** The page's indexed text. */
  readonly content: string;
}

export function searchRecords(siteDir: string): SearchRecord[] {
  const dir = join(siteDir, "pagefind", "fragment");
  return readdirSync(dir).map((name) => {
    const text = gunzipSync(readFileSync(join(dir, name))).toString("utf8");
    if (!text.startsWith(SIGNATURE)) throw new Error(`fragment Pagefind illisible : ${name}`);
    return JSON.parse(text.slice(SIGNATURE.length)) as SearchRecord;
  });
}

export function searchRecordUrls(siteDir: string): string[] {
  return searchRecords(siteDir).map((record) => record.url);
}
