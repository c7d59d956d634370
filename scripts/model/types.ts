/**
 * The observatory as the site sees it: every entry validated and resolved, every
 * territory placed in the official geography, every dossier aggregated.
 */
import type { Scale } from "../content-types/territoire/schema.ts";
import type { PlacedTerritory } from "../content-types/territoire/territory.ts";
import type { dynamiqueEntry } from "../content-types/dynamique/entry.ts";
import type { evenementEntry } from "../content-types/evenement/entry.ts";
import type { visiteEntry } from "../content-types/visite/entry.ts";
import type { OfficialFigures, OfficialPlace } from "../geo/official-figures.ts";
import type { LocatedPoint } from "../map/locate.ts";
import type { EntryLink, EntryType, Places, Source } from "./page.ts";

export type { EntryLink, EntryType, PageImage, Places, Source } from "./page.ts";
export type { EntryCommon } from "../content-types/shared/entry-common.ts";
export type { Indicator } from "../content-types/territoire/territory.ts";

/**
 * The entries, as each type's builder makes them from the common fields and its frontmatter
 * (content-types/<type>/entry.ts), whose fields come from its schema: no second description here.
 */
export type Dynamique = Readonly<ReturnType<typeof dynamiqueEntry>>;
export type Visite = Readonly<ReturnType<typeof visiteEntry>>;
export type Evenement = Readonly<ReturnType<typeof evenementEntry>>;
export type Session = Evenement["sessions"][number];

export type Entry = Dynamique | Visite | Evenement;
export type DatedItem = Visite | Evenement;

/**
 * A territory, from a file of `content/territoires/` or created for a département or région, as
 * content-types/territoire/territory.ts makes it; then what only the whole observatory tells:
 * the names of its places and départements and régions, for search filters (resolve), and where
 * the map puts it (its own `location`, else its commune's, département's or région's centre).
 */
export type Territory = Readonly<PlacedTerritory> & { readonly places: Places; readonly point?: LocatedPoint };

export interface TerritoryLink {
  readonly slug: string;
  readonly title: string;
  readonly url: string;
  readonly scale: Scale;
}

export interface YearOfActivity {
  readonly year: number;
  readonly items: readonly DatedItem[];
}

export interface ActorMention {
  readonly name: string;
  readonly entries: readonly Entry[];
}

export interface DossierCounts {
  readonly dynamiques: number;
  readonly visites: number;
  readonly evenements: number;
  readonly byKind: Readonly<Record<string, number>>;
  /** Sum of the known attendance of events (sessions when no total is given). */
  readonly attendance: number;
  readonly firstYear?: number;
  readonly lastYear?: number;
}

/** Everything the observatory knows about one territory and the territories inside it. */
export interface Dossier {
  readonly territory: Territory;
  /** Région › département › … › the territory's parent. */
  readonly breadcrumb: readonly TerritoryLink[];
  /** Entries attached to the territory itself. */
  readonly own: readonly Entry[];
  /** Entries attached to it or to any territory inside it. */
  readonly entries: readonly Entry[];
  readonly dynamiquesByKind: ReadonlyArray<{ readonly kind: string; readonly label: string; readonly items: readonly Dynamique[] }>;
  readonly timeline: readonly YearOfActivity[];
  readonly actors: readonly ActorMention[];
  readonly sources: readonly Source[];
  /** Territories inside this one, with how many entries each gathers. */
  readonly inside: ReadonlyArray<{ readonly territory: TerritoryLink; readonly entries: number }>;
  /** Territories around it, and what relation makes them so (see `Surroundings`). */
  readonly around: Surroundings;
  readonly counts: DossierCounts;
  /** Figures of the official geography (population, communes, chef-lieu, EPCI); absent for groupings. */
  readonly official?: OfficialFigures;
  /** For a région, its entries by département; for a département, by EPCI. Absent elsewhere or without entries. */
  readonly breakdown?: EntryBreakdown;
}

/**
 * The dossiers listed « around » a territory. `borders`: départements or régions sharing a land
 * border with it. Communes and EPCI have no outline in the project: a commune's list is the other
 * dossiers of its EPCI (`epci`), an EPCI's or a grouping's the other dossiers of its département(s)
 * (`departement`); `places` names that EPCI or those départements.
 */
export interface Surroundings {
  readonly relation: "borders" | "epci" | "departement";
  readonly places: readonly OfficialPlace[];
  readonly items: ReadonlyArray<{ readonly territory: TerritoryLink; readonly entries: number }>;
}

/** How many entries of each type a part of the territory gathers. */
export interface EntryBreakdown {
  readonly level: "departement" | "epci";
  /**
   * Parts with entries, the most entries first. A row without `place`, last, counts the entries
   * in no single part: attached to the région itself, or, in a département, to no EPCI.
   */
  readonly rows: ReadonlyArray<{ readonly place?: OfficialPlace; readonly counts: Readonly<Record<EntryType, number>> }>;
}

/** The indexes readers browse besides the dossiers (pipeline/reader-indexes.ts builds them). */
export interface ThemePage {
  readonly slug: string;
  readonly label: string;
  readonly url: string;
  readonly entries: readonly Entry[];
}

export interface ActorPage {
  readonly slug: string;
  /** The form most entries use; ties go to the first in alphabetical order. */
  readonly name: string;
  readonly url: string;
  readonly entries: readonly Entry[];
}

export interface RegionGroup {
  readonly region: string;
  readonly dossiers: ReadonlyArray<{ readonly territory: TerritoryLink; readonly entries: number }>;
}

export interface ReaderIndexes {
  readonly themes: readonly ThemePage[];
  readonly actors: readonly ActorPage[];
  /** Each actor's page under its normalised name, for links from entry pages. */
  readonly actorUrls: Readonly<Record<string, string>>;
  readonly byRegion: readonly RegionGroup[];
  readonly chronology: readonly YearOfActivity[];
  /** All dynamics, grouped by kind. */
  readonly dynamiquesByKind: Dossier["dynamiquesByKind"];
}

export interface Observatory {
  readonly dynamiques: readonly Dynamique[];
  readonly visites: readonly Visite[];
  readonly evenements: readonly Evenement[];
  readonly territories: readonly Territory[];
  /** Visits and events together, the most recent first. */
  readonly datedItems: readonly DatedItem[];
  readonly dossiers: readonly Dossier[];
  /** Look-ups for templates that hold a slug: territory and dynamic slugs to their links. */
  readonly territoryLinks: Readonly<Record<string, TerritoryLink>>;
  readonly dynamicLinks: Readonly<Record<string, EntryLink>>;
  /** Themes, actors, territories by région and the chronology, for the index pages. */
  readonly indexes: ReaderIndexes;
  readonly kinds: Readonly<Record<string, { readonly label: string; readonly short: string }>>;
  readonly themes: Readonly<Record<string, string>>;
}
