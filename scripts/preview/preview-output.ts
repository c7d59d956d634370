/**
 * The preview's own output folder. `npm run build` publishes `_site/`; the preview shows
 * edits nobody has published yet, so it must never write there, or the next deployment of
 * `_site/` would carry them.
 */
import { rmSync } from "node:fs";
import { join } from "node:path";

export const PREVIEW_OUTPUT_DIR = ".apercu";

/**
 * Empties the folder before a session: the session renders every current page, but knows
 * nothing of pages whose entry was deleted since the last one, which would still be served.
 */
export function clearPreviewOutput(root: string): void {
  rmSync(join(root, PREVIEW_OUTPUT_DIR), { recursive: true, force: true });
}
