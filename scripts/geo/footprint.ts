/**
 * Places a territory in the official geography: which communes it covers (when known)
 * and which départements and régions it lies in.
 */
import type { Position } from "../errors/content-error.ts";
import type { MessageParams } from "../errors/catalogue.ts";
import { foldForComparison } from "../text/suggest.ts";
import type { OfficialGeography } from "./official-geography.ts";
import type { Scale } from "../content-types/territoire/schema.ts";

export interface Footprint {
  /** Communes covered; null when only départements or régions are known (a pays « in » the Tarn-et-Garonne). */
  readonly communes: readonly string[] | null;
  readonly departements: readonly string[];
  readonly regions: readonly string[];
}

/** A code that does not resolve; `at` is `code` or the index in `within`. */
export type FootprintProblem =
  | { readonly at: "code"; readonly key: "codeNotFound"; readonly params: MessageParams<"codeNotFound"> }
  | { readonly at: "code"; readonly key: "codeNameMismatch"; readonly params: MessageParams<"codeNameMismatch"> }
  | { readonly at: number; readonly key: "withinCodeInvalid"; readonly params: MessageParams<"withinCodeInvalid"> }
  | { readonly at: number; readonly key: "withinCodeNotFound"; readonly params: MessageParams<"withinCodeNotFound"> };

const SCALE_NAMES: Record<string, string> = {
  commune: "commune",
  epci: "EPCI",
  departement: "département",
  region: "région",
};

type CodeLevel = "commune" | "epci" | "departement" | "region";

/** Reads a code of `within`: the form tells the level, and `region:` lifts the ambiguity with départements. */
export function levelOfWithinCode(code: string): { level: CodeLevel; code: string } | undefined {
  const region = /^region:(\d{2})$/.exec(code);
  if (region?.[1]) return { level: "region", code: region[1] };
  if (/^\d{9}$/.test(code)) return { level: "epci", code };
  if (/^(\d{5}|2[AB]\d{3})$/.test(code)) return { level: "commune", code };
  if (/^(\d{2}|2[AB]|97\d)$/.test(code)) return { level: "departement", code };
  return undefined;
}

function footprintOfCode(level: CodeLevel, code: string, geo: OfficialGeography): Footprint | undefined {
  switch (level) {
    case "commune": {
      const commune = geo.communes.get(code);
      return commune && { communes: [code], departements: [commune.departement], regions: [commune.region] };
    }
    case "epci": {
      const epci = geo.epcis.get(code);
      if (!epci) return undefined;
      const communes = epci.membres.map((member) => member.code);
      const members = communes.flatMap((member) => geo.communes.get(member) ?? []);
      return {
        communes,
        departements: [...new Set(members.map((member) => member.departement))],
        regions: [...new Set(members.map((member) => member.region))],
      };
    }
    case "departement": {
      const departement = geo.departements.get(code);
      return departement && { communes: null, departements: [code], regions: [departement.region] };
    }
    case "region":
      return geo.regions.has(code) ? { communes: null, departements: [], regions: [code] } : undefined;
  }
}

function nameOf(level: CodeLevel, code: string, geo: OfficialGeography): string | undefined {
  const places =
    level === "commune" ? geo.communes : level === "epci" ? geo.epcis : level === "departement" ? geo.departements : geo.regions;
  return places.get(code)?.nom;
}

/** Words that say what kind of place it is, not which one. */
const GENERIC_WORDS = new Set([
  "communaute", "communes", "commune", "agglomeration", "agglo", "metropole", "pays", "grand", "cc", "ca", "cu",
  "du", "de", "des", "la", "le", "les", "et", "en", "sur", "sous", "saint", "sainte", "urbaine", "territoire",
]);

function significantWords(name: string): Set<string> {
  return new Set(
    foldForComparison(name.replace(/œ/gi, "oe"))
      .split(/[^a-z0-9]+/)
      .filter((word) => word.length >= 3 && !GENERIC_WORDS.has(word)),
  );
}

function words(name: string): string {
  return ` ${foldForComparison(name.replace(/œ/gi, "oe")).replace(/[^a-z0-9]+/g, " ").trim()} `;
}

/**
 * Catches a mistyped code that happens to exist. A commune, département or région title
 * contains the official name, word for word (« Lot » is not « Lot-et-Garonne »); an EPCI's
 * usual name contains every significant word of its official one (« Douaisis Agglo » for
 * « CA Douaisis Agglo », « Grand-Figeac » for « CC Grand-Figeac »).
 */
export function namesAgree(title: string, officialName: string, level: CodeLevel = "commune"): boolean {
  if (level !== "epci") return words(title).includes(words(officialName));
  const official = [...significantWords(officialName)];
  const inTitle = significantWords(title);
  return official.length > 0 && official.every((word) => inTitle.has(word));
}

/** The same-level place whose name matches the territory's title, to suggest the right code. */
function placeNamed(level: CodeLevel, title: string, geo: OfficialGeography): { name: string; code: string } | undefined {
  const wanted = foldForComparison(title);
  const places =
    level === "commune" ? geo.communes : level === "epci" ? geo.epcis : level === "departement" ? geo.departements : geo.regions;
  for (const place of places.values()) {
    if (foldForComparison(place.nom) === wanted) return { name: place.nom, code: place.code };
  }
  return undefined;
}

export interface TerritoryLocationInput {
  readonly title: string;
  readonly scale: Scale;
  readonly code?: string | undefined;
  readonly within?: readonly string[] | undefined;
}

export function locateTerritory(
  territory: TerritoryLocationInput,
  geo: OfficialGeography,
): { footprint: Footprint } | { problems: FootprintProblem[] } {
  if (territory.code !== undefined) {
    const level = territory.scale as CodeLevel;
    const footprint = footprintOfCode(level, territory.code, geo);
    const officialName = nameOf(level, territory.code, geo);
    if (footprint && officialName !== undefined && !namesAgree(territory.title, officialName, level)) {
      return {
        problems: [
          {
            at: "code",
            key: "codeNameMismatch",
            params: { code: territory.code, official: officialName, title: territory.title, suggestion: placeNamed(level, territory.title, geo) },
          },
        ],
      };
    }
    if (footprint) return { footprint };
    return {
      problems: [
        {
          at: "code",
          key: "codeNotFound",
          params: { scale: SCALE_NAMES[level] ?? level, code: territory.code, suggestion: placeNamed(level, territory.title, geo) },
        },
      ],
    };
  }
  const problems: FootprintProblem[] = [];
  const parts: Footprint[] = [];
  (territory.within ?? []).forEach((raw, index) => {
    const parsed = levelOfWithinCode(raw);
    if (!parsed) {
      problems.push({ at: index, key: "withinCodeInvalid", params: { code: raw } });
      return;
    }
    const footprint = footprintOfCode(parsed.level, parsed.code, geo);
    if (footprint) parts.push(footprint);
    else problems.push({ at: index, key: "withinCodeNotFound", params: { code: parsed.code, level: SCALE_NAMES[parsed.level] ?? parsed.level } });
  });
  if (problems.length > 0) return { problems };
  const communeParts = parts.filter((part) => part.communes !== null);
  return {
    footprint: {
      communes: communeParts.length === 0 ? null : [...new Set(communeParts.flatMap((part) => part.communes ?? []))],
      departements: [...new Set(parts.flatMap((part) => part.departements))],
      regions: [...new Set(parts.flatMap((part) => part.regions))],
    },
  };
}

export function problemPosition(problem: FootprintProblem, locate: (path: ReadonlyArray<string | number>) => Position): Position {
  return problem.at === "code" ? locate(["code"]) : locate(["within", problem.at]);
}
