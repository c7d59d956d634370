import { SCALE_LABELS } from "../../model/labels.ts";
import type { Scale } from "../../schema/territoire.ts";

/** `{{ territory.scale | scaleLabel }}` → « Commune », « Intercommunalité (EPCI) »… */
export function scaleLabel(scale: Scale): string {
  return SCALE_LABELS[scale];
}
