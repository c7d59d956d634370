/**
 * What a territory adds to its dossier's search document: what it is (« Dossier territorial,
 * commune (46102) ») and the names of the territories inside it. Never the entries it gathers:
 * each is indexed once, in its own document.
 */
import { SCALE_LABELS } from "../../model/labels.ts";
import type { Dossier } from "../../model/types.ts";
import type { SearchFields } from "../shared/search-fields.ts";

export function territorySearch(dossier: Dossier): SearchFields {
  const { scale, code } = dossier.territory;
  return {
    lead: [`Dossier territorial, ${SCALE_LABELS[scale]}${code ? ` (${code})` : ""}`],
    more: [dossier.inside.map((item) => item.territory.title)],
  };
}
