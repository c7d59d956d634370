import { LABELS } from "../../content-types/registry.ts";
import type { EntryType } from "../../model/types.ts";

/** `{{ entry.type | typeLabel }}` → « Visite d’étude »; `typeLabel(true)` for the plural. */
export function typeLabel(type: EntryType, many = false): string {
  return many ? LABELS[type].many : LABELS[type].one;
}
