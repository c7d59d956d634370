import { SCALE_LABELS } from "../../model/labels.ts";
import type { Scale } from "../../content-types/territoire/schema.ts";

/** `{{ territory.scale | scaleLabel }}` → « Commune », « Intercommunalité (EPCI) »… */
export function scaleLabel(scale: Scale): string {
  return SCALE_LABELS[scale];
}
