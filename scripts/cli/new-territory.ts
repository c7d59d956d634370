/**
 * What `npm run new -- territoire "<nom>"` can fill in from the official geography: the scale
 * and code of the commune, EPCI, département or région of that name (« Haute-Savoie » →
 * `departement`, `"74"`), and, in comments, what else bears the name.
 */
import { OFFICIAL_LEVELS, messages } from "../errors/catalogue.ts";
import type { OfficialGeography } from "../geo/official-geography.ts";
import type { OfficialScale } from "../content-types/territoire/schema.ts";
import { slugify } from "../text/slugify.ts";

/** What the template gets: field values (YAML) and comment lines above fields. */
export interface EntryPrefill {
  readonly values: Readonly<Record<string, string>>;
  readonly notes: Readonly<Record<string, readonly string[]>>;
}

interface Place {
  readonly level: OfficialScale;
  readonly code: string;
  readonly name: string;
  /** Where it is, to tell homonyms apart: « Haute-Savoie » for a commune. */
  readonly within?: string | undefined;
}

/** The widest first: « La Réunion » is a région before being a département, « Paris » a département before a commune. */
const LEVELS: readonly OfficialScale[] = ["region", "departement", "epci", "commune"];
/** Enough homonyms to recognise one's own; « Saint-Martin » names dozens of communes. */
const HOMONYMS_LISTED = 8;

/** Every official place whose name reads like `title` (case, accents, hyphens and apostrophes aside). */
function placesNamed(title: string, geo: OfficialGeography): Place[] {
  const wanted = slugify(title);
  if (wanted === "") return [];
  const departementName = (code: string) => geo.departements.get(code)?.nom;
  const regionName = (code: string) => geo.regions.get(code)?.nom;
  const found: Place[] = [];
  for (const region of geo.regions.values()) {
    if (slugify(region.nom) === wanted) found.push({ level: "region", code: region.code, name: region.nom });
  }
  for (const departement of geo.departements.values()) {
    if (slugify(departement.nom) === wanted) {
      found.push({ level: "departement", code: departement.code, name: departement.nom, within: regionName(departement.region) });
    }
  }
  for (const epci of geo.epcis.values()) {
    if (slugify(epci.nom) === wanted) found.push({ level: "epci", code: epci.code, name: epci.nom });
  }
  for (const commune of geo.communes.values()) {
    if (slugify(commune.nom) === wanted) {
      found.push({ level: "commune", code: commune.code, name: commune.nom, within: departementName(commune.departement) });
    }
  }
  return found;
}

const quoted = (place: Place) => `"${place.code}"${place.within ? ` (${place.within})` : ""}`;

/**
 * The values and comments for a new territory. The scale is filled in only when the geography
 * knows the name, the code only when one place of that scale bears it; otherwise both stay
 * empty for `check` to point at, with a comment saying why.
 */
export function territoryPrefill(title: string, geo: OfficialGeography): EntryPrefill {
  const places = placesNamed(title, geo);
  const level = LEVELS.find((candidate) => places.some((place) => place.level === candidate));
  if (level === undefined) {
    return { values: { scale: '""', code: '""' }, notes: { scale: [messages.newTerritoryUnknown({ name: title })] } };
  }
  const same = places.filter((place) => place.level === level);
  const others = places.filter((place) => place.level !== level);
  const first = same[0] as Place;
  const alsoNamed =
    others.length === 0
      ? []
      : [
          messages.newTerritoryAlsoNamed({
            others: others.slice(0, 3).map((place) => `${OFFICIAL_LEVELS[place.level].the} de code ${quoted(place)}`).join(", "),
            count: Math.min(others.length, 3),
          }),
        ];
  if (same.length > 1) {
    const listed = same.slice(0, HOMONYMS_LISTED).map(quoted).join(", ");
    const codes = same.length > HOMONYMS_LISTED ? `${listed}…` : listed;
    return {
      values: { title: JSON.stringify(first.name), scale: JSON.stringify(level), code: '""' },
      notes: { code: [messages.newTerritoryHomonyms({ name: first.name, level, count: same.length, codes }), ...alsoNamed] },
    };
  }
  return {
    // The official spelling (« Haute-Savoie » for « haute savoie »): the same file name, and `check` compares titles with it.
    values: { title: JSON.stringify(first.name), scale: JSON.stringify(level), code: JSON.stringify(first.code) },
    notes: { code: [messages.newTerritoryOfficial({ name: first.name, level, code: first.code, within: first.within }), ...alsoNamed] },
  };
}
