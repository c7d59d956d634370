import { TYPE_LABELS } from "../../model/labels.ts";
import type { EntryType } from "../../model/types.ts";

/** `{{ entry.type | typeLabel }}` → « Visite d’étude »; `typeLabel(true)` for the plural. */
export function typeLabel(type: EntryType, many = false): string {
  return many ? TYPE_LABELS[type].many : TYPE_LABELS[type].one;
}
