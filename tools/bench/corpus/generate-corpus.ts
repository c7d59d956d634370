/**
 * A synthetic but valid observatory, of any size, for benchmarks and load tests:
 * real communes, EPCI, départements and régions with their official codes and names,
 * and dynamics, visits and events that refer to them. The same seed and size always
 * give byte-identical files; nothing depends on the clock, the locale or the cwd.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import {
  type OfficialCommune,
  type OfficialDepartement,
  type OfficialEpci,
  type OfficialRegion,
  inPlace,
  officialGeography,
  withPreposition,
} from "../../../scripts/geo/official-geography.ts";
import { namesAgree } from "../../../scripts/geo/footprint.ts";
import { slugify } from "../../../scripts/text/slugify.ts";
import {
  type BodyKind,
  type EntryRef,
  type PlaceRef,
  PUBLISHERS,
  aPlace,
  deName,
  deNoun,
  elide,
  frenchBody,
  frenchSummary,
} from "./french-text.ts";
import { type Random, createRandom } from "./random.ts";
import { CORPUS_IMAGE_COUNT, IMAGE_EVERY, corpusImage, drawCorpusImage } from "./corpus-images.ts";

export interface CorpusOptions {
  /** Total number of content files. */
  readonly size: number;
  readonly seed: number;
  /** Project folder to write `content/` and `data/` into. */
  readonly root: string;
}

export interface CorpusResult {
  /** Content files (Markdown), as many as asked for. */
  readonly files: number;
  readonly byType: Record<string, number>;
  /** Entries with an `image`, and the distinct image files of content/medias/ they share. */
  readonly images: { readonly entries: number; readonly files: number };
}

/** The project's own `data/` folder, found from this module rather than the working directory. */
export const PROJECT_ROOT = resolve(import.meta.dirname, "..", "..", "..");
const DATA_FILES = ["kinds.json", "themes.json", "site.json"] as const;
/** Written at the root of every generated corpus: only such a folder is ever emptied. */
export const CORPUS_MARKER = ".corpus-synthetique";

// ─── Small helpers ───────────────────────────────────────────────────────────

const byCode = <T extends { code: string }>(a: T, b: T): number => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/** Hands out unique slugs: `figeac`, then `figeac-46`, then `figeac-2`… */
class SlugRegistry {
  private readonly taken = new Set<string>();

  claim(base: string, ...alternatives: string[]): string {
    const root = base || "fiche";
    for (const candidate of [root, ...alternatives.map((suffix) => `${root}-${slugify(suffix)}`)]) {
      if (!this.taken.has(candidate)) {
        this.taken.add(candidate);
        return candidate;
      }
    }
    for (let index = 2; ; index += 1) {
      const candidate = `${root}-${index}`;
      if (!this.taken.has(candidate)) {
        this.taken.add(candidate);
        return candidate;
      }
    }
  }
}

/** A YAML scalar: plain when it is plainly safe, double-quoted (JSON escapes are valid YAML) otherwise. */
function yamlText(value: string): string {
  const plain =
    /^[\p{L}][\p{L}\p{N} ’'.,()&-]*$/u.test(value) &&
    !/\s$/.test(value) &&
    !/^(true|false|null|yes|no|on|off|y|n)$/i.test(value);
  return plain ? value : JSON.stringify(value);
}

function yamlFlowList(values: readonly string[]): string {
  return `[${values.join(", ")}]`;
}

function yamlBlockList(key: string, values: readonly string[]): string[] {
  return [`${key}:`, ...values.map((value) => `  - ${yamlText(value)}`)];
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function dayIso(day: Day): string {
  return `${day.year}-${pad(day.month)}-${pad(day.day)}`;
}

function addDays(day: Day, days: number): Day {
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day + days));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function randomDay(random: Random, fromYear: number, toYear: number): Day {
  const year = random.int(fromYear, toYear);
  const month = random.int(1, 12);
  return { year, month, day: random.int(1, daysInMonth(year, month)) };
}

/** A date at the precision sources often give: mostly a day, sometimes a month or a year. */
function partialIso(random: Random, day: Day, weights = { day: 0.6, month: 0.28 }): { iso: string; precision: "day" | "month" | "year" } {
  const draw = random.next();
  if (draw < weights.day) return { iso: dayIso(day), precision: "day" };
  if (draw < weights.day + weights.month) return { iso: `${day.year}-${pad(day.month)}`, precision: "month" };
  return { iso: String(day.year), precision: "year" };
}

/** An `end` never before `date`: the same precision later on, or a later full day. */
function endAfter(random: Random, start: Day, precision: "day" | "month" | "year"): string {
  if (precision === "day") return dayIso(addDays(start, random.int(1, 4)));
  if (precision === "month") {
    const later = new Date(Date.UTC(start.year, start.month - 1 + random.int(1, 2), 1));
    const month: Day = { year: later.getUTCFullYear(), month: later.getUTCMonth() + 1, day: 1 };
    return random.chance(0.6) ? `${month.year}-${pad(month.month)}` : dayIso({ ...month, day: random.int(1, 28) });
  }
  return random.chance(0.6) ? String(start.year + random.int(0, 1)) : dayIso({ year: start.year + 1, month: random.int(1, 12), day: random.int(1, 28) });
}

// ─── Vocabulary from data/ ───────────────────────────────────────────────────

interface DataVocabulary {
  readonly kinds: ReadonlyArray<{ readonly key: string; readonly label: string }>;
  readonly themes: readonly string[];
}

function readDataVocabulary(): DataVocabulary {
  const read = (name: string): unknown => JSON.parse(readFileSync(join(PROJECT_ROOT, "data", name), "utf8"));
  const kinds = read("kinds.json") as Record<string, { label: string }>;
  const themes = read("themes.json") as Record<string, string>;
  return {
    kinds: Object.entries(kinds).map(([key, kind]) => ({ key, label: kind.label })),
    themes: Object.keys(themes),
  };
}

/** Themes that go with each kind of dynamic; only those present in data/themes.json are used. */
const KIND_THEMES: Record<string, readonly string[]> = {
  ptce: ["cooperation-economique", "emploi-insertion", "developpement-local"],
  "tiers-lieu": ["innovation-sociale", "numerique", "culture", "developpement-local"],
  "monnaie-locale": ["finance-solidaire", "developpement-local"],
  tzcld: ["emploi-insertion", "sante-social"],
  pat: ["agriculture-alimentation", "sante-social", "transition-ecologique"],
  cluster: ["industrie", "cooperation-economique"],
  "pole-competitivite": ["industrie", "innovation-sociale", "mer-littoral"],
  "eco-territoire": ["transition-ecologique", "economie-circulaire"],
  tepos: ["energie-climat", "transition-ecologique"],
  "marque-territoire": ["developpement-local", "politiques-publiques"],
  "start-up-territoire": ["innovation-sociale", "emploi-insertion"],
  "cooperation-transition": ["transition-ecologique", "democratie-participation"],
  revitalisation: ["habitat-urbanisme", "ruralite", "developpement-local"],
  "demarche-fondation": ["finance-solidaire", "innovation-sociale"],
};

// ─── Territories ─────────────────────────────────────────────────────────────

type Scale = "commune" | "epci" | "departement" | "region" | "pays" | "bassin-de-vie" | "metropole" | "quartier" | "autre";

interface TerritoryDraft {
  readonly slug: string;
  readonly title: string;
  readonly scale: Scale;
  readonly code?: string;
  readonly within?: readonly string[];
  /** Short name for titles of entries: « Figeac », « Grand-Figeac ». */
  readonly short: string;
  /** « de Figeac », « du Lot », « de la communauté de communes du Grand-Figeac ». */
  readonly of: string;
  readonly place: PlaceRef;
  /** A commune name to locate venues. */
  readonly town: string;
}

interface Geography {
  readonly departements: readonly OfficialDepartement[];
  readonly regions: readonly OfficialRegion[];
  readonly communesByDepartement: ReadonlyMap<string, readonly OfficialCommune[]>;
  readonly epcis: readonly OfficialEpci[];
  readonly communes: ReadonlyMap<string, OfficialCommune>;
  readonly epciOfCommune: ReadonlyMap<string, string>;
  readonly departementByCode: ReadonlyMap<string, OfficialDepartement>;
  readonly regionByCode: ReadonlyMap<string, OfficialRegion>;
}

let geographyCache: Geography | undefined;

/** The official geography, in code order so that draws never depend on file order. */
function geography(): Geography {
  if (geographyCache) return geographyCache;
  const geo = officialGeography();
  const communesByDepartement = new Map<string, OfficialCommune[]>();
  for (const commune of [...geo.communes.values()].sort(byCode)) {
    // A title has at least 3 characters: « Y », « Eu » or « Ri » cannot be written under their exact name.
    if (commune.type !== "commune-actuelle" || commune.nom.trim().length < 3) continue;
    const list = communesByDepartement.get(commune.departement) ?? [];
    list.push(commune);
    communesByDepartement.set(commune.departement, list);
  }
  const departements = [...geo.departements.values()].filter((d) => communesByDepartement.has(d.code)).sort(byCode);
  const regionsWithCommunes = new Set(departements.map((d) => d.region));
  geographyCache = {
    departements,
    regions: [...geo.regions.values()].filter((r) => regionsWithCommunes.has(r.code)).sort(byCode),
    communesByDepartement,
    // An EPCI whose usual name is made only of generic words could not be checked against its title.
    epcis: [...geo.epcis.values()].filter((e) => namesAgree(e.nom, e.nom, "epci")).sort(byCode),
    communes: geo.communes,
    epciOfCommune: geo.epciOfCommune,
    departementByCode: geo.departements,
    regionByCode: geo.regions,
  };
  return geographyCache;
}

/** « Provence-Alpes-Côte d'Azur » with the typographic apostrophe used in the text. */
function typographic(name: string): string {
  return name.replace(/'/g, "’");
}

function regionAt(region: OfficialRegion): string {
  return region.nom === "Mayotte" ? "à Mayotte" : inPlace(region);
}

/** « la communauté de communes du Grand-Figeac » from « CC du Grand-Figeac ». */
function epciPhrase(name: string): string {
  const text = typographic(name);
  if (text.startsWith("CC ")) return `la communauté de communes ${text.slice(3)}`;
  if (text.startsWith("CA ")) return `la communauté d’agglomération ${text.slice(3)}`;
  if (text.startsWith("CU ")) return `la communauté urbaine ${text.slice(3)}`;
  if (text.startsWith("Métropole ")) return `la métropole ${text.slice(10)}`;
  return text;
}

function epciShort(name: string): string {
  return typographic(name).replace(/^(CC|CA|CU) (du |de la |de l’|des |de |d’)?/, "");
}

/** Département codes that `within` accepts (the overseas collectivités have none). */
const WITHIN_DEPARTEMENT = /^(\d{2}|2[AB]|97\d)$/;

interface TerritoryPlan {
  readonly communes: number;
  readonly epcis: number;
  readonly departements: number;
  readonly regions: number;
  readonly groupings: number;
}

function planTerritories(count: number, geo: Geography): TerritoryPlan {
  if (count < 6) return { communes: count, epcis: 0, departements: 0, regions: 0, groupings: 0 };
  const departements = Math.min(geo.departements.length, Math.round(count * 0.06));
  const regions = Math.min(geo.regions.length, Math.round(count * 0.03));
  const epcis = Math.min(geo.epcis.length, Math.round(count * 0.1));
  const groupings = Math.round(count * 0.09);
  return { communes: count - departements - regions - epcis - groupings, epcis, departements, regions, groupings };
}

function makeTerritories(random: Random, count: number, slugs: SlugRegistry): TerritoryDraft[] {
  const geo = geography();
  const plan = planTerritories(count, geo);
  const territories: TerritoryDraft[] = [];
  const departementOf = (code: string) => geo.departementByCode.get(code) as OfficialDepartement;
  const regionOf = (code: string) => geo.regionByCode.get(code) as OfficialRegion;
  const settingOfDepartement = (departement: OfficialDepartement) => {
    const region = regionOf(departement.region);
    return region.nom === departement.nom ? typographic(withPreposition(departement)) : `${typographic(withPreposition(departement))}, ${regionAt(region)}`;
  };

  // Communes: one département after another, so that many départements and régions get a dossier;
  // the overseas collectivités (Polynésie, Nouvelle-Calédonie…) come up now and then only.
  const chosenCommunes: OfficialCommune[] = [];
  const usedCommunes = new Set<string>();
  const isCollectivite = (code: string) => code.length === 3 && code !== "976" && Number(code) >= 975;
  const departementOrder = random.shuffle(geo.departements.map((d) => d.code).filter((code) => !isCollectivite(code)));
  const collectivites = geo.departements.map((d) => d.code).filter(isCollectivite);
  for (let index = 0, misses = 0; chosenCommunes.length < plan.communes && misses < departementOrder.length; index += 1) {
    const departement =
      collectivites.length > 0 && random.chance(0.02) ? random.pick(collectivites) : (departementOrder[index % departementOrder.length] as string);
    const available = (geo.communesByDepartement.get(departement) ?? []).filter((c) => !usedCommunes.has(c.code));
    if (available.length === 0) {
      misses += 1;
      continue;
    }
    misses = 0;
    const commune = random.pick(available);
    usedCommunes.add(commune.code);
    chosenCommunes.push(commune);
  }
  for (const commune of chosenCommunes) {
    const name = typographic(commune.nom);
    const departement = departementOf(commune.departement);
    const slug = slugs.claim(slugify(commune.nom), commune.departement, commune.code);
    territories.push({
      slug,
      title: commune.nom,
      scale: "commune",
      code: commune.code,
      short: name,
      of: deName(name),
      town: name,
      place: { name, slug, at: aPlace(name), setting: `commune ${settingOfDepartement(departement)}` },
    });
  }

  // EPCI: mostly those of the chosen communes, so that their dossiers gather the communes' entries.
  const usableEpcis = new Map(geo.epcis.map((epci) => [epci.code, epci]));
  const usedEpcis = new Set<string>();
  for (let attempt = 0; usedEpcis.size < plan.epcis && attempt < plan.epcis * 20; attempt += 1) {
    const fromCommune = chosenCommunes.length > 0 && random.chance(0.7) ? geo.epciOfCommune.get(random.pick(chosenCommunes).code) : undefined;
    const epci = fromCommune !== undefined ? usableEpcis.get(fromCommune) : random.pick(geo.epcis);
    if (!epci || usedEpcis.has(epci.code)) continue;
    usedEpcis.add(epci.code);
    const firstMember = geo.communes.get(epci.membres[0]?.code ?? "");
    const region = firstMember ? regionOf(firstMember.region) : undefined;
    const phrase = epciPhrase(epci.nom);
    const slug = slugs.claim(slugify(epciShort(epci.nom)), "agglo", epci.code);
    territories.push({
      slug,
      title: epci.nom,
      scale: "epci",
      code: epci.code,
      short: epciShort(epci.nom),
      of: deNoun(phrase),
      town: firstMember ? typographic(firstMember.nom) : epciShort(epci.nom),
      place: {
        name: typographic(epci.nom),
        slug,
        at: `sur le territoire de ${phrase}`,
        setting: `${phrase.replace(/^la /, "")}${region ? `, ${regionAt(region)}` : ""}`,
      },
    });
  }

  // Départements and régions with a file of their own.
  const departementCandidates = random.shuffle([...new Set(chosenCommunes.map((c) => c.departement))]);
  const otherDepartements = random.shuffle(geo.departements.map((d) => d.code).filter((code) => !departementCandidates.includes(code)));
  for (const code of [...departementCandidates, ...otherDepartements].slice(0, plan.departements)) {
    const departement = departementOf(code);
    const name = typographic(departement.nom);
    const region = regionOf(departement.region);
    const slug = slugs.claim(slugify(departement.nom), "departement", code);
    const of = typographic(withPreposition(departement));
    territories.push({
      slug,
      title: departement.nom,
      scale: "departement",
      code,
      short: name,
      of,
      town: typographic(random.pick(geo.communesByDepartement.get(code) ?? []).nom),
      place: { name, slug, at: `dans le département ${of}`, setting: `département ${typographic(withPreposition(region))}` },
    });
  }
  for (const region of random.sample(geo.regions, plan.regions)) {
    const name = typographic(region.nom);
    const slug = slugs.claim(slugify(region.nom), "region", region.code);
    const firstDepartement = geo.departements.find((d) => d.region === region.code);
    territories.push({
      slug,
      title: region.nom,
      scale: "region",
      code: region.code,
      short: name,
      of: typographic(withPreposition(region)),
      town: typographic(random.pick(geo.communesByDepartement.get(firstDepartement?.code ?? "") ?? [{ nom: name } as OfficialCommune]).nom),
      place: { name, slug, at: regionAt(region), setting: `région ${name}` },
    });
  }

  // Groupings, located by the official codes they cover or sit in.
  const groupingDepartements = geo.departements.filter((d) => WITHIN_DEPARTEMENT.test(d.code));
  for (let index = 0; index < plan.groupings; index += 1) {
    const anchor = chosenCommunes.length > 0 && random.chance(0.75) ? random.pick(chosenCommunes) : undefined;
    const departement = anchor ? departementOf(anchor.departement) : random.pick(groupingDepartements);
    const region = regionOf(departement.region);
    const inDepartement = geo.communesByDepartement.get(departement.code) ?? [];
    const centre = anchor ?? random.pick(inDepartement);
    const centreName = typographic(centre.nom);
    const neighbours = (n: number) => [centre.code, ...random.sample(inDepartement.filter((c) => c.code !== centre.code), n).map((c) => c.code)];
    const scale = random.pick<Scale>(["pays", "pays", "bassin-de-vie", "bassin-de-vie", "metropole", "quartier", "quartier", "autre"]);
    let title: string;
    let article: string;
    let within: string[];
    let setting: string;
    switch (scale) {
      case "pays":
        title = `Pays ${deName(centreName)}`;
        article = `le ${title}`;
        within = WITHIN_DEPARTEMENT.test(departement.code) && random.chance(0.4) ? [departement.code] : neighbours(random.int(3, 9));
        setting = `pays ${typographic(withPreposition(departement))}`;
        break;
      case "bassin-de-vie":
        title = `Bassin de vie ${deName(centreName)}`;
        article = `le bassin de vie ${deName(centreName)}`;
        within = neighbours(random.int(4, 12));
        setting = `bassin de vie ${typographic(withPreposition(departement))}`;
        break;
      case "metropole": {
        title = `Aire métropolitaine ${deName(centreName)}`;
        article = `l’aire métropolitaine ${deName(centreName)}`;
        const epci = geo.epciOfCommune.get(centre.code);
        within = epci !== undefined && random.chance(0.6) ? [epci] : neighbours(random.int(5, 15));
        setting = `aire métropolitaine ${regionAt(region)}`;
        break;
      }
      case "quartier": {
        const name = random.pick(QUARTIERS);
        title = `Quartier ${name} ${aPlace(centreName)}`;
        article = `le quartier ${name} ${aPlace(centreName)}`;
        within = [centre.code];
        setting = `quartier ${deName(centreName)}`;
        break;
      }
      default:
        if (random.chance(0.3)) {
          title = `Territoires ruraux ${typographic(withPreposition(region))}`;
          article = `les territoires ruraux ${typographic(withPreposition(region))}`;
          within = [`region:${region.code}`];
        } else {
          title = `Vallée ${deName(centreName)}`;
          article = `la vallée ${deName(centreName)}`;
          within = neighbours(random.int(3, 8));
        }
        setting = `territoire ${regionAt(region)}`;
    }
    const slug = slugs.claim(slugify(title), departement.code, String(index));
    territories.push({
      slug,
      title,
      scale,
      within,
      short: title,
      of: deNoun(article),
      town: centreName,
      place: { name: title, slug, at: `dans ${article}`, setting },
    });
  }
  return territories;
}

const QUARTIERS = [
  "des Tilleuls",
  "de la Gare",
  "du Moulin",
  "des Oliviers",
  "Saint-Jean",
  "du Plateau",
  "des Cèdres",
  "de la Source",
  "des Capucins",
  "du Port",
  "des Acacias",
  "de la Croix-Rouge",
  "des Hauts-de-Ville",
  "du Vieux-Bourg",
];

// ─── Organisations ───────────────────────────────────────────────────────────

const ORGANISATION_TYPES = [
  "Association",
  "Coopérative",
  "SCIC",
  "SCOP",
  "Ressourcerie",
  "Épicerie solidaire",
  "Jardins",
  "Atelier",
  "Collectif",
  "Réseau",
  "Fonds de dotation",
  "Groupement d’employeurs",
  "Compagnie",
  "Ferme",
];

const ORGANISATION_NAMES = [
  "Les Trois Rivières",
  "Terre d’envol",
  "La Fabrique",
  "L’Escale",
  "Le Chaudron",
  "Graines de liens",
  "Cœur de bourg",
  "Bois et Vallons",
  "Horizon partagé",
  "La Navette",
  "Le Grenier",
  "Bel Ouvrage",
  "Le Relais des coteaux",
  "Les Mains vertes",
  "Pas à pas",
  "La Passerelle",
  "Le Maillon",
  "Fil rouge",
  "Trait d’union",
  "Les Communs du plateau",
  "La Clé des champs",
  "Le Vélo qui roule",
  "Entre deux rives",
  "L’Arbre à palabres",
  "La Bricole",
  "Les Semeurs",
  "La Tuilerie",
  "Le Champ commun",
  "Ricochets",
  "Les Ateliers du lien",
  "La Ruche d’en bas",
  "Tissons ensemble",
];

const LOCAL_ORGANISATIONS = [
  "Mission locale",
  "Centre social",
  "Régie de quartier",
  "Maison de l’emploi",
  "Comité de bassin d’emploi",
  "Office de tourisme",
  "Amicale des producteurs",
  "Chambre des métiers",
];

/** A pool of organisation names drawn once, so that the same actors recur across entries. */
function makeOrganisations(random: Random, size: number, territories: readonly TerritoryDraft[]): string[] {
  const wanted = Math.max(40, Math.round(size / 8));
  const names = new Set<string>();
  const towns = territories.filter((t) => t.scale === "commune" || t.scale === "epci").map((t) => t.town);
  for (let attempt = 0; names.size < wanted && attempt < wanted * 20; attempt += 1) {
    if (towns.length > 0 && random.chance(0.45)) {
      names.add(`${random.pick(LOCAL_ORGANISATIONS)} ${deName(random.pick(towns))}`);
    } else {
      const name = random.pick(ORGANISATION_NAMES);
      names.add(random.chance(0.25) ? name : `${random.pick(ORGANISATION_TYPES)} ${name}`);
    }
  }
  return [...names];
}

// ─── Entries ─────────────────────────────────────────────────────────────────

interface GeneratedFile {
  readonly path: string;
  readonly text: string;
}

interface GeneratedMedia {
  readonly path: string;
  readonly bytes: Uint8Array;
}

interface Context {
  readonly random: Random;
  readonly vocabulary: DataVocabulary;
  readonly territories: readonly TerritoryDraft[];
  readonly territoryBySlug: ReadonlyMap<string, TerritoryDraft>;
  readonly organisations: readonly string[];
}

function pickOrganisations(context: Context, min: number, max: number): string[] {
  const count = context.random.int(min, max);
  const chosen = new Set<string>();
  for (let attempt = 0; chosen.size < count && attempt < count * 5; attempt += 1) {
    chosen.add(context.random.pickSkewed(context.organisations, 2.2));
  }
  return [...chosen];
}

/** 1 to 3 distinct territories, the first one given or drawn. */
function pickTerritories(context: Context, first?: string): string[] {
  const { random, territories } = context;
  const chosen = [first ?? random.pick(territories).slug];
  const extra = random.next() < 0.72 ? 0 : random.chance(0.7) ? 1 : 2;
  for (let attempt = 0; chosen.length < 1 + extra && attempt < 10; attempt += 1) {
    const slug = random.pick(territories).slug;
    if (!chosen.includes(slug)) chosen.push(slug);
  }
  return chosen;
}

function pickThemes(context: Context, kind?: string): string[] | undefined {
  const { random, vocabulary } = context;
  if (random.chance(0.1)) return undefined;
  const preferred = (KIND_THEMES[kind ?? ""] ?? []).filter((theme) => vocabulary.themes.includes(theme));
  const themes = new Set(random.sample(preferred, random.int(1, 2)));
  const extra = random.int(themes.size === 0 ? 1 : 0, 2);
  for (const theme of random.sample(vocabulary.themes, extra)) themes.add(theme);
  return [...themes].slice(0, 4);
}

function sourcesFor(context: Context, subject: string, year: number, slug: string): string[] {
  const { random } = context;
  const lines = ["sources:"];
  const count = random.pickSkewed([1, 1, 2, 2, 3]);
  for (let index = 0; index < count; index += 1) {
    const publisher = random.pick(PUBLISHERS);
    const title = random.pick([
      `${subject} : bilan d’étape`,
      `Portrait : ${subject}`,
      `Retour sur ${subject}`,
      `${subject}, une dynamique à suivre`,
      `${elide("Ce que", subject)} nous apprend de la coopération`,
      `Rapport d’activité ${year + index}`,
    ]);
    lines.push(`  - title: ${yamlText(title.length > 300 ? title.slice(0, 290) : title)}`);
    if (random.chance(0.92)) {
      lines.push(`    url: https://www.${publisher.domain}/${random.pick(["articles", "actualites", "ressources", "dossiers"])}/${slug}${index > 0 ? `-${index + 1}` : ""}`);
    }
    if (random.chance(0.85)) lines.push(`    publisher: ${yamlText(publisher.name)}`);
    if (random.chance(0.6)) {
      const published = randomDay(random, Math.min(year + 1, 2025), 2025);
      lines.push(`    date: "${partialIso(random, published, { day: 0.5, month: 0.3 }).iso}"`);
    }
  }
  return lines;
}

function placesOf(context: Context, slugs: readonly string[]): readonly [PlaceRef, ...PlaceRef[]] {
  const places = slugs.map((slug) => (context.territoryBySlug.get(slug) as TerritoryDraft).place);
  return places as unknown as readonly [PlaceRef, ...PlaceRef[]];
}

function actorsForText(context: Context, names: readonly string[]): readonly [string, ...string[]] {
  const extra = names.length >= 2 ? [] : pickOrganisations(context, 2, 3).filter((name) => !names.includes(name));
  const all = [...names, ...extra];
  return (all.length > 0 ? all : [context.random.pick(context.organisations)]) as unknown as readonly [string, ...string[]];
}

function document(frontmatter: readonly string[], body: string): string {
  return `---\n${frontmatter.join("\n")}\n---\n${body}`;
}

function territoryList(slugs: readonly string[]): string {
  return slugs.length === 1 ? (slugs[0] as string) : yamlFlowList(slugs);
}

function territoryFile(context: Context, territory: TerritoryDraft): GeneratedFile {
  const { random } = context;
  const year = random.int(2012, 2024);
  const textContext = {
    kind: "territoire" as BodyKind,
    name: territory.short,
    places: [territory.place] as const,
    actors: actorsForText(context, pickOrganisations(context, 2, 4)),
    year,
  };
  const lines = [`title: ${yamlText(territory.title)}`, `scale: ${territory.scale}`];
  if (territory.code !== undefined) lines.push(`code: "${territory.code}"`);
  if (territory.within !== undefined) lines.push(`within: [${territory.within.map((code) => `"${code}"`).join(", ")}]`);
  lines.push(`summary: ${yamlText(frenchSummary(random, textContext))}`);
  return { path: `content/territoires/${territory.slug}.md`, text: document(lines, frenchBody(random, textContext)) };
}

interface DynamicDraft extends EntryRef {
  readonly territories: readonly string[];
}

const KIND_TITLES: Record<string, (random: Random, where: TerritoryDraft) => string> = {
  ptce: (r, t) => r.pick([`PTCE ${t.of}`, `Pôle de coopération ${t.of}`, `${t.short} Coopère`]),
  "tiers-lieu": (r, t) => `${r.pick(["La Fabrique", "L’Usine", "La Grange", "Le Hangar", "La Manufacture", "Le Moulin", "La Filature", "L’Atelier"])} ${t.of}`,
  "monnaie-locale": (r, t) => `${r.pick(["Le Grain", "Le Liard", "Le Denier", "Le Galet", "Le Pollen", "La Pièce", "La Graine"])} ${t.of}`,
  tzcld: (r, t) => r.pick([`TZCLD ${t.of}`, `Territoire zéro chômeur ${t.of}`]),
  pat: (_r, t) => `Projet alimentaire territorial ${t.of}`,
  cluster: (r, t) => `Cluster ${r.pick(["bois", "agroalimentaire", "numérique", "écoconstruction", "textile", "mécanique"])} ${t.of}`,
  "pole-competitivite": (r, t) => `Pôle ${r.pick(["Végétal", "Eau", "Matériaux", "Santé", "Énergies", "Mer"])} ${t.of}`,
  "eco-territoire": (_r, t) => `Éco-territoire ${t.of}`,
  tepos: (r, t) => r.pick([`TEPOS ${t.of}`, `Territoire à énergie positive ${t.of}`]),
  "marque-territoire": (r, t) => `${r.pick(["Talents", "Saveurs", "Savoir-faire"])} ${t.of}`,
  "start-up-territoire": (_r, t) => `Start-up de territoire ${t.of}`,
  "cooperation-transition": (r, t) => `${r.pick(["Transition citoyenne", "Coopérations solidaires", "Alliance pour la transition"])} ${t.of}`,
  revitalisation: (r, t) => r.pick([`Cœur de bourg ${t.of}`, `Revitalisation du centre-bourg ${t.of}`]),
  "demarche-fondation": (r, t) => r.pick([`Fondation territoriale ${t.of}`, `Fonds territorial ${t.of}`]),
  autre: (r, t) => `${r.pick(["Collectif", "Réseau", "Plateforme"])} ${r.pick(["solidaire", "citoyen", "coopératif"])} ${t.of}`,
};

function lowerFirst(text: string): string {
  return /^[A-ZÀ-Ý][a-zà-ÿ]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function dynamiqueFile(context: Context, slugs: SlugRegistry): { file: GeneratedFile; dynamic: DynamicDraft } {
  const { random, vocabulary } = context;
  const kind = random.pickSkewed(vocabulary.kinds, 1.3);
  const territories = pickTerritories(context);
  const where = context.territoryBySlug.get(territories[0] as string) as TerritoryDraft;
  const titleOf = KIND_TITLES[kind.key] ?? (KIND_TITLES["autre"] as NonNullable<(typeof KIND_TITLES)[string]>);
  let title = random.chance(0.15) ? `${where.short} ${random.pick(["Solidaire", "en transition", "Coopère", "Ensemble"])}` : titleOf(random, where);
  if (title.length > 160) title = `${kind.label} ${random.int(1, 999)}`;
  const slug = slugs.claim(slugify(title), where.short, String(random.int(2, 99)));
  const year = random.int(2006, 2023);
  const actors = random.chance(0.8) ? pickOrganisations(context, 1, 6) : [];
  const kindLabel = kind.key === "autre" ? "dynamique collective" : lowerFirst(kind.label);
  const textContext = { kind: "dynamique" as BodyKind, name: title, places: placesOf(context, territories), actors: actorsForText(context, actors), kindLabel, year };

  const lines = [`title: ${yamlText(title)}`, `summary: ${yamlText(frenchSummary(random, textContext))}`, `kind: ${kind.key}`, `territory: ${territoryList(territories)}`];
  const themes = pickThemes(context, kind.key);
  if (themes) lines.push(`themes: ${yamlFlowList(themes)}`);
  if (actors.length > 0) lines.push(...yamlBlockList("actors", actors));
  if (random.chance(0.6)) lines.push(`founded: "${partialIso(random, randomDay(random, year, year), { day: 0.3, month: 0.3 }).iso}"`);
  if (random.chance(0.45)) lines.push(`website: https://${slug}.example.org/`);
  lines.push(...sourcesFor(context, title, year, slug));
  return {
    file: { path: `content/dynamiques/${slug}.md`, text: document(lines, frenchBody(random, textContext)) },
    dynamic: { slug, title, territories },
  };
}

function pickDynamics(context: Context, dynamics: readonly DynamicDraft[]): DynamicDraft[] {
  const { random } = context;
  if (dynamics.length === 0) return [];
  const draw = random.next();
  const count = draw < 0.25 ? 0 : draw < 0.7 ? 1 : draw < 0.9 ? 2 : 3;
  const chosen = new Set<DynamicDraft>();
  for (let attempt = 0; chosen.size < count && attempt < count * 5; attempt += 1) chosen.add(random.pickSkewed(dynamics, 1.6));
  return [...chosen];
}

const PARTICIPANT_ROLES = ["Maire", "Adjointe au maire", "Conseiller départemental", "Sous-préfète", "Députée", "Chargé de mission ESS"];

function datedCommon(context: Context, dynamics: readonly DynamicDraft[]) {
  const { random } = context;
  const visited = pickDynamics(context, dynamics);
  const first = visited.length > 0 && random.chance(0.75) ? visited[0]?.territories[0] : undefined;
  const territories = pickTerritories(context, first);
  const where = context.territoryBySlug.get(territories[0] as string) as TerritoryDraft;
  return { visited, territories, where };
}

function visiteFile(context: Context, slugs: SlugRegistry, dynamics: readonly DynamicDraft[]): GeneratedFile {
  const { random } = context;
  const { visited, territories, where } = datedCommon(context, dynamics);
  const start = randomDay(random, 2010, 2024);
  const date = partialIso(random, start);
  const title = `${random.pick(["Visite d’étude", "Voyage apprenant", "Rencontre de terrain", "Journée de découverte"])} ${where.place.at}`;
  const fullTitle = random.chance(0.5) ? `${title} (${start.year})` : title;
  const slug = slugs.claim(slugify(`${title} ${start.year}`), String(start.month), String(random.int(2, 99)));
  const organizers = pickOrganisations(context, 1, 2);
  const actors = random.chance(0.6) ? pickOrganisations(context, 1, 5) : [];
  const textContext = {
    kind: "visite" as BodyKind,
    name: fullTitle,
    places: placesOf(context, territories),
    actors: actorsForText(context, [...organizers, ...actors]),
    dynamics: visited,
    year: start.year,
  };

  const lines = [`title: ${yamlText(fullTitle.length > 160 ? title.slice(0, 160).trim() : fullTitle)}`, `summary: ${yamlText(frenchSummary(random, textContext))}`];
  lines.push(`date: "${date.iso}"`);
  if (random.chance(0.4)) lines.push(`end: "${endAfter(random, start, date.precision)}"`);
  lines.push(`territory: ${territoryList(territories)}`);
  const themes = pickThemes(context);
  if (themes) lines.push(`themes: ${yamlFlowList(themes)}`);
  if (visited.length > 0) lines.push(`dynamics: ${yamlFlowList(visited.map((d) => d.slug))}`);
  lines.push(...yamlBlockList("organizers", organizers));
  if (random.chance(0.7)) {
    const people = Array.from({ length: random.int(0, 2) }, () => `${random.pick(PARTICIPANT_ROLES)} ${where.of}`);
    const participants = [...new Set([...pickOrganisations(context, 1, 4), ...people, ...visited.map((d) => d.title)])];
    lines.push(...yamlBlockList("participants", participants));
  }
  if (actors.length > 0) lines.push(...yamlBlockList("actors", actors));
  lines.push(...sourcesFor(context, fullTitle, start.year, slug));
  if (random.chance(0.01)) lines.push("draft: true");
  return { path: `content/visites/${slug}.md`, text: document(lines, frenchBody(random, textContext)) };
}

const VENUES = ["Salle des fêtes", "Maison des associations", "Médiathèque", "Tiers-lieu La Grange", "Lycée agricole", "Hôtel de ville", "Centre culturel", "Halle du marché"];
const EVENT_NAMES = [
  "Forum de l’économie sociale et solidaire",
  "Rencontres de la coopération",
  "Journée des circuits courts",
  "Assises de l’emploi local",
  "Mois de l’ESS",
  "Festival des initiatives solidaires",
  "Rencontres des tiers-lieux",
  "Journée de la transition",
];
const SESSION_TITLES = [
  "Ouverture et présentation des initiatives",
  "Table ronde : collectivités et économie sociale",
  "Atelier sur les circuits courts",
  "Financer autrement ses projets",
  "Construire une gouvernance partagée",
  "Visite des lieux et rencontres",
  "Soirée festive et marché solidaire",
  "Restitution et suites à donner",
];

function evenementFile(context: Context, slugs: SlugRegistry, dynamics: readonly DynamicDraft[]): GeneratedFile {
  const { random } = context;
  const { visited, territories, where } = datedCommon(context, dynamics);
  const start = randomDay(random, 2010, 2024);
  const name = random.pick(EVENT_NAMES);
  const title = `${name} ${start.year} ${where.place.at}`;
  const slug = slugs.claim(slugify(title), String(start.month), String(random.int(2, 99)));
  const organizers = pickOrganisations(context, 1, 3);
  const actors = random.chance(0.6) ? pickOrganisations(context, 1, 8) : [];
  const textContext = {
    kind: "evenement" as BodyKind,
    name: title,
    places: placesOf(context, territories),
    actors: actorsForText(context, [...organizers, ...actors]),
    dynamics: visited,
    year: start.year,
  };

  const lines = [`title: ${yamlText(title.length > 160 ? `${name} ${start.year}` : title)}`, `summary: ${yamlText(frenchSummary(random, textContext))}`];
  const withSessions = random.chance(0.25);
  let sessions: string[] = [];
  if (withSessions) {
    // Full days for date and end, sessions on distinct days between them.
    const span = random.int(1, 28);
    const end = addDays(start, span);
    lines.push(`date: "${dayIso(start)}"`, `end: "${dayIso(end)}"`);
    const offsets = random.sample(Array.from({ length: span + 1 }, (_, day) => day), random.int(2, Math.min(5, span + 1))).sort((a, b) => a - b);
    sessions = ["sessions:"];
    for (const offset of offsets) {
      sessions.push(`  - date: "${dayIso(addDays(start, offset))}"`, `    title: ${yamlText(random.pick(SESSION_TITLES))}`);
      if (random.chance(0.5)) sessions.push(`    place: ${yamlText(`${random.pick(VENUES)}, ${where.town}`)}`);
      if (random.chance(0.5)) sessions.push(`    attendance: ${random.int(8, 250)}`);
    }
  } else {
    const date = partialIso(random, start);
    lines.push(`date: "${date.iso}"`);
    if (random.chance(0.3)) lines.push(`end: "${endAfter(random, start, date.precision)}"`);
  }
  lines.push(`territory: ${territoryList(territories)}`);
  const themes = pickThemes(context);
  if (themes) lines.push(`themes: ${yamlFlowList(themes)}`);
  if (visited.length > 0) lines.push(`dynamics: ${yamlFlowList(visited.map((d) => d.slug))}`);
  if (random.chance(0.6)) lines.push(`place: ${yamlText(`${random.pick(VENUES)}, ${where.town}`)}`);
  lines.push(...yamlBlockList("organizers", organizers));
  if (random.chance(0.55)) lines.push(`attendance: ${random.int(15, 1200)}`);
  lines.push(...sessions);
  if (actors.length > 0) lines.push(...yamlBlockList("actors", actors));
  lines.push(...sourcesFor(context, title.length > 160 ? name : title, start.year, slug));
  if (random.chance(0.01)) lines.push("draft: true");
  return { path: `content/evenements/${slug}.md`, text: document(lines, frenchBody(random, textContext)) };
}

// ─── The corpus ──────────────────────────────────────────────────────────────

/** How many files of each type: about 20 % territories, 40 % dynamics, 20 % visits, 20 % events. */
export function corpusMix(size: number): Record<"territoires" | "dynamiques" | "visites" | "evenements", number> {
  if (size < 4) return { territoires: Math.min(size, 1), dynamiques: Math.max(0, size - 1), visites: 0, evenements: 0 };
  const fifth = Math.max(1, Math.floor(size * 0.2));
  return { territoires: fifth, dynamiques: size - 3 * fifth, visites: fifth, evenements: fifth };
}

/** Builds every file in memory: the text of each depends only on the seed and the size. */
export function corpusFiles(size: number, seed: number): { files: GeneratedFile[]; media: GeneratedMedia[] } {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`Taille invalide : ${size} (un entier positif est attendu).`);
  if (!Number.isInteger(seed)) throw new RangeError(`Graine invalide : ${seed} (un entier est attendu).`);
  const random = createRandom(seed >>> 0);
  const mix = corpusMix(size);
  const vocabulary = readDataVocabulary();

  const territorySlugs = new SlugRegistry();
  const territories = makeTerritories(random.fork("territoires"), mix.territoires, territorySlugs);
  const context: Context = {
    random,
    vocabulary,
    territories,
    territoryBySlug: new Map(territories.map((t) => [t.slug, t])),
    organisations: makeOrganisations(random.fork("organisations"), size, territories),
  };
  const files: GeneratedFile[] = territories.map((territory) => territoryFile({ ...context, random: random.fork(`t:${territory.slug}`) }, territory));

  const dynamicSlugs = new SlugRegistry();
  const dynamics: DynamicDraft[] = [];
  const dynamicRandom = random.fork("dynamiques");
  for (let index = 0; index < mix.dynamiques; index += 1) {
    const made = dynamiqueFile({ ...context, random: dynamicRandom }, dynamicSlugs);
    files.push(made.file);
    dynamics.push(made.dynamic);
  }
  const visitSlugs = new SlugRegistry();
  const visitRandom = random.fork("visites");
  for (let index = 0; index < mix.visites; index += 1) files.push(visiteFile({ ...context, random: visitRandom }, visitSlugs, dynamics));
  const eventSlugs = new SlugRegistry();
  const eventRandom = random.fork("evenements");
  for (let index = 0; index < mix.evenements; index += 1) files.push(evenementFile({ ...context, random: eventRandom }, eventSlugs, dynamics));
  // Forked last, so that adding images changed none of the texts drawn above.
  const media = withImages(files, random.fork("images"));
  return { files, media };
}

const IMAGE_CREDIT = "Image de synthèse du banc d’essai (tools/bench/corpus/corpus-images.ts), licence MIT";

/**
 * Gives an `image` to one entry in ten (the first, the eleventh…), in turn among a few
 * landscapes, and draws the landscapes used. The files are changed in place.
 */
function withImages(files: GeneratedFile[], random: Random): GeneratedMedia[] {
  const used = new Set<number>();
  let entry = 0;
  files.forEach((file, index) => {
    if (file.path.startsWith("content/territoires/")) return;
    if (entry % IMAGE_EVERY === 0) {
      const which = (entry / IMAGE_EVERY) % CORPUS_IMAGE_COUNT;
      const image = corpusImage(which);
      const lines = ["image:", `  src: ${image.name}`, `  alt: ${yamlText(image.alt)}`, `  credit: ${yamlText(IMAGE_CREDIT)}`];
      // Before the line that closes the frontmatter (the text starts with the one that opens it).
      files[index] = { path: file.path, text: file.text.replace("\n---\n", `\n${lines.join("\n")}\n---\n`) };
      used.add(which);
    }
    entry += 1;
  });
  return [...used].sort((a, b) => a - b).map((which) => ({
    path: `content/medias/${corpusImage(which).name}`,
    bytes: drawCorpusImage(random.fork(`image:${which}`)),
  }));
}

/** Writes a corpus of `size` content files under `root`, with the project's `data/` files. */
export function generateCorpus(options: CorpusOptions): CorpusResult {
  const root = resolve(options.root);
  if (root === PROJECT_ROOT) throw new Error("Refus d’écrire le corpus dans le projet lui-même : choisissez un autre dossier.");
  const contentDir = join(root, "content");
  if (existsSync(contentDir)) {
    if (!existsSync(join(root, CORPUS_MARKER))) {
      throw new Error(`${contentDir} existe déjà et ne vient pas du générateur : choisissez un dossier vide.`);
    }
    rmSync(contentDir, { recursive: true, force: true });
  }

  const { files, media } = corpusFiles(options.size, options.seed);
  mkdirSync(join(root, "data"), { recursive: true });
  for (const name of DATA_FILES) copyFileSync(join(PROJECT_ROOT, "data", name), join(root, "data", name));
  writeFileSync(join(root, CORPUS_MARKER), `Corpus synthétique : ${options.size} fiches, graine ${options.seed}.\n`);
  const byType: Record<string, number> = { territoires: 0, dynamiques: 0, visites: 0, evenements: 0 };
  for (const type of Object.keys(byType)) mkdirSync(join(contentDir, type), { recursive: true });
  for (const file of files) {
    writeFileSync(join(root, file.path), file.text);
    const type = file.path.split("/")[1] as string;
    byType[type] = (byType[type] ?? 0) + 1;
  }
  if (media.length > 0) mkdirSync(join(contentDir, "medias"));
  for (const file of media) writeFileSync(join(root, file.path), file.bytes);
  const entries = files.filter((file) => /\nimage:\n/.test(file.text)).length;
  return { files: files.length, byType, images: { entries, files: media.length } };
}
