/** The pages recorded in a built Pagefind index: its fragments are gzipped JSON, one per page. */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";

const SIGNATURE = "pagefind_dcd";

export function searchRecordUrls(siteDir: string): string[] {
  const dir = join(siteDir, "pagefind", "fragment");
  return readdirSync(dir).map((name) => {
    const text = gunzipSync(readFileSync(join(dir, name))).toString("utf8");
    if (!text.startsWith(SIGNATURE)) throw new Error(`fragment Pagefind illisible : ${name}`);
    return (JSON.parse(text.slice(SIGNATURE.length)) as { url: string }).url;
  });
}
