import type { FieldPath } from "../model/content-files.ts";

/** `sources[2].url`: the field as a contributor finds it, counting list items from 1. */
export function fieldLabel(path: FieldPath): string {
  return path
    .map((segment, index) => (typeof segment === "number" ? `[${segment + 1}]` : index === 0 ? segment : `.${segment}`))
    .join("");
}
