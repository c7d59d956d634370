/**
 * The official geography, compacted at installation into dist/official-geography.cache
 * (scripts/compile/compile.mjs): only the fields the project reads, as tuples, in runs that
 * are parsed when a code of theirs is looked up (lazy-records.ts). Reading the package's
 * 12 Mo of JSON took `check` 0,35 s; the cache answers the few codes it looks up in a few
 * milliseconds, and gives exactly the geography the package gives (tests/geo/geography-cache.test.ts).
 *
 * The file: a first line saying what it was made from (the package's version, and this
 * module's sources: a changed encoding makes it stale), a second line indexing the runs and
 * holding the small collections whole, then the runs. Only the first lines and the runs
 * looked up are read from the disk: the whole file took 8 ms to read.
 */
import { type Stats, closeSync, copyFileSync, fstatSync, openSync, readSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { GEOGRAPHY_PACKAGE_NAME, epciMembership, installedGeographyVersion, packageGeography } from "./geography-package.ts";
import { type RunIndex, type TextReader, type Tuple, LookupMap, TupleRuns, lazyRecords, writeRuns } from "./lazy-records.ts";
import type { OfficialCommune, OfficialDepartement, OfficialEpci, OfficialGeography, OfficialRegion } from "./official-geography-types.ts";

/** The same from scripts/geo/ (tests, through tsx) and from dist/geo/ (the commands). */
const PROJECT_ROOT = resolve(import.meta.dirname, "..", "..");
/** Its name in dist/, where scripts/compile/compile.mjs writes it. */
export const GEOGRAPHY_CACHE_NAME = "official-geography.cache";
export const GEOGRAPHY_CACHE = join(PROJECT_ROOT, "dist", GEOGRAPHY_CACHE_NAME);

/** What decides the cache's content besides the package: a change to one makes the cache stale. */
const ENCODING_SOURCES = ["geography-cache.ts", "geography-package.ts", "lazy-records.ts"].map((name) => join("scripts", "geo", name));

/**
 * Codes sharing this many first characters make one run: about 90 communes (« 460 »: the
 * Lot's 46001 to 46099), and a few EPCI (their SIREN, « 200066 »…, tells little apart in fewer).
 */
const COMMUNE_KEY_LENGTH = 3;
const EPCI_KEY_LENGTH = 6;

interface CacheIndex {
  readonly communes: RunIndex;
  readonly epcis: RunIndex;
  readonly departements: readonly OfficialDepartement[];
  readonly regions: readonly OfficialRegion[];
  /** Commune → EPCI: its size, and the members that are no current commune (none in 6.0.0). */
  readonly epciOfCommune: { readonly size: number; readonly outsideCommunes: ReadonlyArray<readonly [string, string]> };
}

/** What the cache must have been made from to be used: one line of JSON. */
export function currentCacheKey(): string {
  const sources = ENCODING_SOURCES.map((path) => {
    const stats = statSync(join(PROJECT_ROOT, path), { throwIfNoEntry: false });
    return `${path} ${stats ? `${stats.size} ${stats.mtimeMs}` : "absent"}`;
  });
  return JSON.stringify({ package: GEOGRAPHY_PACKAGE_NAME, version: installedGeographyVersion(), sources });
}

/** Bytes of an open file from `position`, as many as there are up to `length`. */
function readBytes(descriptor: number, position: number, length: number): Buffer {
  const bytes = Buffer.allocUnsafe(length);
  return bytes.subarray(0, readSync(descriptor, bytes, 0, length, position));
}

/** The first `count` lines of an open cache file and where the rest starts; undefined when it has fewer. */
function headOf(descriptor: number, count: number): { lines: string[]; rest: number } | undefined {
  // The index line is about 30 ko; read more at once when a future package needs it.
  for (let length = 64 * 1024; ; length *= 4) {
    const bytes = readBytes(descriptor, 0, length);
    const lines: string[] = [];
    let start = 0;
    while (lines.length < count) {
      const end = bytes.indexOf(0x0a, start);
      if (end < 0) break;
      lines.push(bytes.toString("utf8", start, end));
      start = end + 1;
    }
    if (lines.length === count) return { lines, rest: start };
    if (bytes.length < length) return undefined;
  }
}

/** The file opened, or undefined when there is none. */
function open(file: string): number | undefined {
  try {
    return openSync(file, "r");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/** Whether the cache exists and was made from the installed package by the current encoding. */
export function isGeographyCacheFresh(file = GEOGRAPHY_CACHE): boolean {
  const descriptor = open(file);
  if (descriptor === undefined) return false;
  try {
    return headOf(descriptor, 1)?.lines[0] === currentCacheKey();
  } finally {
    closeSync(descriptor);
  }
}

// A commune is a commune actuelle or an arrondissement municipal (geography-package.ts).
const ARRONDISSEMENT = "arrondissement-municipal";

function communeTuple(commune: OfficialCommune, epci: string | undefined): Tuple {
  const { code, nom, departement, region, type, zone, population, commune: parent } = commune;
  return [code, nom, departement, region, type === ARRONDISSEMENT ? 1 : 0, zone, population ?? null, parent ?? null, epci ?? null];
}

function communeOf(tuple: Tuple): OfficialCommune {
  const [code, nom, departement, region, arrondissement, zone, population, parent] = tuple as [
    string, string, string, string, number, OfficialCommune["zone"], number | null, string | null,
  ];
  // Without spreading optional fields: going through every commune decodes 35 000 of them.
  const decoded: { -readonly [K in keyof OfficialCommune]: OfficialCommune[K] } = {
    code,
    nom,
    departement,
    region,
    type: arrondissement === 1 ? ARRONDISSEMENT : "commune-actuelle",
    zone,
  };
  if (population !== null) decoded.population = population;
  if (parent !== null) decoded.commune = parent;
  return decoded;
}

const epciTuple = (epci: OfficialEpci): Tuple => [epci.code, epci.nom, epci.membres.map((member) => member.code)];

function epciOf(tuple: Tuple): OfficialEpci {
  const [code, nom, members] = tuple as [string, string, string[]];
  return { code, nom, membres: members.map((member) => ({ code: member })) };
}

/** The cache's text for a geography: what `readGeographyCache` turns back into the same geography. */
function cacheText(geo: OfficialGeography, key: string): string {
  const communes = writeRuns(
    Array.from(geo.communes.values(), (commune) => communeTuple(commune, geo.epciOfCommune.get(commune.code))),
    COMMUNE_KEY_LENGTH,
    0,
  );
  const epcis = writeRuns(Array.from(geo.epcis.values(), epciTuple), EPCI_KEY_LENGTH, Buffer.byteLength(communes.text));
  const index: CacheIndex = {
    communes: communes.index,
    epcis: epcis.index,
    departements: [...geo.departements.values()],
    regions: [...geo.regions.values()],
    epciOfCommune: {
      size: geo.epciOfCommune.size,
      outsideCommunes: [...geo.epciOfCommune].filter(([code]) => !geo.communes.has(code)),
    },
  };
  return `${key}\n${JSON.stringify(index)}\n${communes.text}${epcis.text}`;
}

/**
 * Writes the cache of the installed package's geography. Written beside, then renamed:
 * a command reading it meanwhile finds the old file or the new one, never half of one.
 */
export function writeGeographyCache(file = GEOGRAPHY_CACHE, geo: OfficialGeography = packageGeography()): void {
  const partial = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(partial, cacheText(geo, currentCacheKey()));
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
}

/**
 * For a new compilation: keeps the previous compilation's cache when it is still fresh
 * (generating it reads the whole package, 0,5 s), writes a new one otherwise.
 * Returns whether it wrote one.
 */
export function refreshGeographyCache(file: string, previous: string): boolean {
  if (isGeographyCacheFresh(previous)) {
    copyFileSync(previous, file);
    return false;
  }
  writeGeographyCache(file);
  return true;
}

function byCode<T extends { code: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.code, item]));
}

const identityOf = (stats: Stats): string => `${stats.dev} ${stats.ino} ${stats.size} ${stats.mtimeMs}`;

/**
 * Reads runs of the cache's body, opening the file for each read: a preview running for hours
 * holds no handle on dist/, which a new compilation replaces (on Windows, a folder with a file
 * open in it may not be moved). A compilation meanwhile writes the same bytes again (the cache is
 * made the same way from the same package) under a new identity: the key tells them apart
 * from a cache of another package, whose runs lie elsewhere.
 */
function runReader(file: string, key: string, body: number, identity: string): TextReader {
  let known = identity;
  return (start, end) => {
    const descriptor = openSync(file, "r");
    try {
      const current = identityOf(fstatSync(descriptor));
      if (current !== known) {
        if (headOf(descriptor, 1)?.lines[0] !== key) {
          throw new Error(`${file} a été remplacé par le cache d’une autre version du paquet pendant la commande\u00a0: relancez-la.`);
        }
        known = current;
      }
      return readBytes(descriptor, body + start, end - start).toString("utf8");
    } finally {
      closeSync(descriptor);
    }
  };
}

/** The geography from the cache; undefined when there is none, or when it was made from another package or encoding. */
export function readGeographyCache(file = GEOGRAPHY_CACHE): OfficialGeography | undefined {
  const descriptor = open(file);
  if (descriptor === undefined) return undefined;
  let head: { lines: string[]; rest: number } | undefined;
  let identity: string;
  try {
    head = headOf(descriptor, 2);
    identity = identityOf(fstatSync(descriptor));
  } finally {
    closeSync(descriptor);
  }
  const key = currentCacheKey();
  if (!head || head.lines[0] !== key) return undefined;
  const index = JSON.parse(head.lines[1] as string) as CacheIndex;
  const text = runReader(file, key, head.rest, identity);

  const communeTuples = new TupleRuns(index.communes, text);
  const communes = lazyRecords(communeTuples, communeOf);
  const epcis = lazyRecords(new TupleRuns(index.epcis, text), epciOf);
  const outsideCommunes = new Map(index.epciOfCommune.outsideCommunes);
  const epciOfCommune = new LookupMap<string>(
    index.epciOfCommune.size,
    (code) => (communeTuples.tuple(code)?.[8] as string | null | undefined) ?? outsideCommunes.get(code),
    // Built as from the package, so that it goes through the communes in the same order.
    () => epciMembership(epcis.values()),
  );
  return {
    communes,
    epcis,
    departements: byCode(index.departements),
    regions: byCode(index.regions),
    epciOfCommune,
  };
}
