/** How messages name a file, whatever the platform. */
import { relative, resolve, sep } from "node:path";

/** A path, absolute or from the root, in the form messages show: from the root, with forward slashes. */
export function displayPath(root: string, path: string): string {
  return relative(root, resolve(root, path)).split(sep).join("/");
}
