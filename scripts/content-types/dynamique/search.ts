/** What a dynamic adds to its search document: its kind, filtered on and weighted. */
import type { Dynamique, Observatory } from "../../model/types.ts";
import type { SearchFields } from "../shared/search-fields.ts";

export function dynamiqueSearch(entry: Dynamique, observatory: Observatory): SearchFields {
  return { kind: observatory.kinds[entry.kind]?.label };
}
