/** French names for the fixed parts of the contract, as readers see them. */
import type { Scale } from "../schema/territoire.ts";
import type { EntryType } from "./types.ts";

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

export const TYPE_LABELS: Record<EntryType, { one: string; many: string }> = {
  dynamiques: { one: "Dynamique", many: "Dynamiques" },
  visites: { one: "Visite d’étude", many: "Visites d’étude" },
  evenements: { one: "Événement", many: "Événements" },
};
