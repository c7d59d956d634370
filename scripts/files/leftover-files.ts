/**
 * Files that editors and systems leave next to the ones a contributor works on: they are
 * not content, so `check`, the build and the preview pass them by without a word
 * (CONTENT-MODEL.md, « Folders and identity »). The one definition, for the loader
 * (load.ts) and through it the preview's store (scripts/preview/content-store.ts).
 * Every other unexpected file stays an error: nothing else is skipped in silence.
 */

/**
 * - hidden files and folders, `.` first: `.DS_Store`, vim's swap `.x.md.swp`, Emacs's
 *   lock `.#x.md`, a `.git` or an editor's settings folder;
 * - backups, `~` last: `x.md~`;
 * - Emacs's auto-save files, between `#`: `#x.md#`.
 */
export function isLeftover(name: string): boolean {
  return name.startsWith(".") || name.endsWith("~") || (name.length > 1 && name.startsWith("#") && name.endsWith("#"));
}

/** A file or folder that was listed but is gone when looked at: an editor's or `sed -i`'s temporary file. */
export function vanished(error: unknown): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === "ENOENT";
}
