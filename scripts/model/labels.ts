/** French names for the fixed parts of the contract, as readers see them. */
import type { Scale } from "../content-types/territoire/schema.ts";

export const SCALE_LABELS: Record<Scale, string> = {
  commune: "Commune",
  epci: "Intercommunalité (EPCI)",
  departement: "Département",
  region: "Région",
  pays: "Pays",
  "bassin-de-vie": "Bassin de vie",
  metropole: "Métropole",
  quartier: "Quartier",
  autre: "Territoire de projet",
};
