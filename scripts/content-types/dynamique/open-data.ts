/** The columns a dynamic adds to the common ones in `donnees/dynamiques.{json,csv}`. */
import type { Dynamique, Observatory } from "../../model/types.ts";
import { type OpenRecord, iso } from "../shared/open-data-values.ts";

export function dynamiqueRecord(entry: Dynamique, common: OpenRecord, observatory: Observatory): OpenRecord {
  return { ...common, type: entry.kind, type_libelle: observatory.kinds[entry.kind]?.label ?? entry.kind, creation: iso(entry.founded), site_web: entry.website ?? null };
}
