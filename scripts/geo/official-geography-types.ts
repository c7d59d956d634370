/**
 * The records of the official geography, as the project keeps them: the fields below only,
 * whether they come from the package (geography-package.ts) or the cache (geography-cache.ts).
 */
export interface OfficialCommune {
  readonly code: string;
  readonly nom: string;
  readonly departement: string;
  readonly region: string;
  readonly type: "commune-actuelle" | "arrondissement-municipal";
  /** `metro`, `drom` or `com` (collectivités d’outre-mer). */
  readonly zone: "metro" | "drom" | "com";
  /** Population municipale; absent for a few uninhabited COM districts (TAAF, Clipperton). */
  readonly population?: number;
  /** For an arrondissement municipal: the commune it belongs to (Paris, Lyon, Marseille). */
  readonly commune?: string;
}

export interface OfficialEpci {
  readonly code: string;
  readonly nom: string;
  readonly membres: ReadonlyArray<{ readonly code: string }>;
}

export interface OfficialDepartement {
  readonly code: string;
  readonly nom: string;
  readonly region: string;
  readonly typeLiaison: number;
  /** INSEE code of the commune that is its chef-lieu (préfecture). */
  readonly chefLieu: string;
  readonly zone: "metro" | "drom" | "com";
}

export interface OfficialRegion {
  readonly code: string;
  readonly nom: string;
  readonly typeLiaison: number;
  /** INSEE code of the commune that is its chef-lieu. */
  readonly chefLieu: string;
  readonly zone: "metro" | "drom" | "com";
}

export interface OfficialGeography {
  readonly communes: ReadonlyMap<string, OfficialCommune>;
  readonly epcis: ReadonlyMap<string, OfficialEpci>;
  readonly departements: ReadonlyMap<string, OfficialDepartement>;
  readonly regions: ReadonlyMap<string, OfficialRegion>;
  /** The EPCI each commune belongs to: the package lists members per EPCI only. */
  readonly epciOfCommune: ReadonlyMap<string, string>;
}
