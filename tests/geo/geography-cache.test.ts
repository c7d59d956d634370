/**
 * The compact cache of the official geography (scripts/geo/geography-cache.ts) must give
 * exactly what the package gives, looked up one code at a time as `check` does or gone
 * through whole as `new` and the build do; and a cache that is missing, or made from
 * another package, must never be read.
 */
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isGeographyCacheFresh, readGeographyCache, refreshGeographyCache, writeGeographyCache } from "../../scripts/geo/geography-cache.ts";
import { packageGeography } from "../../scripts/geo/geography-package.ts";
import type { OfficialGeography } from "../../scripts/geo/official-geography.ts";

const COLLECTIONS = ["communes", "epcis", "departements", "regions", "epciOfCommune"] as const;

let folder: string;
let cacheFile: string;
let fromPackage: OfficialGeography;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "geographie-cache-"));
  cacheFile = join(folder, "official-geography.cache");
  fromPackage = packageGeography();
  writeGeographyCache(cacheFile, fromPackage);
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function fromCache(): OfficialGeography {
  const geo = readGeographyCache(cacheFile);
  if (!geo) throw new Error("le cache fraîchement écrit n’a pas été lu");
  return geo;
}

describe("the geography read from the cache", () => {
  it("answers every code of the package, and only those, with the same record, looked up before anything is gone through", () => {
    const cached = fromCache();
    for (const name of COLLECTIONS) {
      const expected: ReadonlyMap<string, unknown> = fromPackage[name];
      const actual: ReadonlyMap<string, unknown> = cached[name];
      expect(actual.size, name).toBe(expected.size);
      for (const [code, record] of expected) {
        expect(actual.has(code), `${name} ${code}`).toBe(true);
        expect(actual.get(code), `${name} ${code}`).toEqual(record);
      }
    }
    // Codes of the wrong form, a département's code, a former commune (Béon, now Culoz-Béon)…
    for (const code of ["", "46", "4610", "461020", "99999", "2A", "01039", "200067361x"]) {
      expect(cached.communes.get(code), code).toBeUndefined();
      expect(cached.epcis.has(code), code).toBe(false);
      expect(cached.epciOfCommune.get(code), code).toBeUndefined();
    }
  });

  it("goes through every collection in the package's order, with the same records", () => {
    const cached = fromCache();
    for (const name of COLLECTIONS) {
      const actual: ReadonlyMap<string, unknown> = cached[name];
      const expected: ReadonlyMap<string, unknown> = fromPackage[name];
      expect([...actual], name).toEqual([...expected]);
      expect([...actual.keys()], name).toEqual([...expected.keys()]);
      const visited: string[] = [];
      actual.forEach((_, code, map) => {
        expect(map).toBe(actual);
        visited.push(code);
      });
      expect(visited, name).toEqual([...expected.keys()]);
    }
  });

  it("gives the same object for a code looked up, then found again going through the map", () => {
    const cached = fromCache();
    const figeac = cached.communes.get("46102");
    expect(figeac?.nom).toBe("Figeac");
    expect([...cached.communes.values()].find((commune) => commune.code === "46102")).toBe(figeac);
    expect(cached.communes.get("46102")).toBe(figeac);
  });
});

describe("a cache written again while its geography is in use (a compilation during a preview)", () => {
  it("goes on answering from the same bytes, and refuses to answer from the cache of another package", () => {
    const file = join(folder, "in-use.cache");
    writeFileSync(file, readFileSync(cacheFile));
    const geo = readGeographyCache(file);
    expect(geo?.communes.get("46102")?.nom).toBe("Figeac");
    // A new compilation copies the cache: another file under the same name, with the same bytes.
    writeFileSync(`${file}.new`, readFileSync(cacheFile));
    renameSync(`${file}.new`, file);
    expect(geo?.communes.get("26108")).toEqual(fromPackage.communes.get("26108"));
    // The cache of another version of the package: its runs may lie elsewhere.
    writeFileSync(`${file}.new`, readFileSync(cacheFile, "utf8").replace(/"version":"[^"]+"/, '"version":"0.0.1"'));
    renameSync(`${file}.new`, file);
    expect(() => geo?.communes.get("69266")).toThrow(/remplacé par le cache d’une autre version du paquet pendant la commande\u00a0: relancez-la/);
  });
});

describe("the geography read from the package", () => {
  it("keeps every current commune and arrondissement municipal with the package's own values of the fields the project reads, and nothing else", () => {
    const data = join(dirname(createRequire(import.meta.url).resolve("@etalab/decoupage-administratif/package.json")), "data");
    const raw = JSON.parse(readFileSync(join(data, "communes.json"), "utf8")) as Array<Record<string, unknown>>;
    const current = raw.filter((commune) => commune.type === "commune-actuelle" || commune.type === "arrondissement-municipal");
    expect(fromPackage.communes.size).toBe(current.length);
    const fields = ["code", "nom", "departement", "region", "type", "zone", "population", "commune"];
    for (const commune of current) {
      const expected = Object.fromEntries(fields.flatMap((field) => (commune[field] === undefined ? [] : [[field, commune[field]]])));
      expect(fromPackage.communes.get(commune.code as string)).toStrictEqual(expected);
    }
    // Figeac is a member of the CC Grand-Figeac; Paris's 1st arrondissement is no member of any EPCI.
    expect(fromPackage.epciOfCommune.get("46102")).toBe("200067361");
    expect(fromPackage.epcis.get("200067361")?.membres).toContainEqual({ code: "46102" });
    expect(fromPackage.epciOfCommune.has("75101")).toBe(false);
  });
});

describe("a cache that cannot be trusted", () => {
  it("is not read when it is missing", () => {
    const missing = join(folder, "absent.cache");
    expect(isGeographyCacheFresh(missing)).toBe(false);
    expect(readGeographyCache(missing)).toBeUndefined();
  });

  it("is not read when it was made from another version of the package", () => {
    const text = readFileSync(cacheFile, "utf8");
    const other = join(folder, "other-version.cache");
    const [key, ...rest] = text.split("\n");
    const version = (JSON.parse(key as string) as { version: string }).version;
    writeFileSync(other, [(key as string).replace(`"version":"${version}"`, '"version":"5.0.0"'), ...rest].join("\n"));
    expect(isGeographyCacheFresh(other)).toBe(false);
    expect(readGeographyCache(other)).toBeUndefined();
  });

  it("is made again for a new compilation, while a fresh one is kept as it is", () => {
    const previous = join(folder, "previous.cache");
    const next = join(folder, "next.cache");
    // A stale previous cache: a new one is written, and read.
    writeFileSync(previous, "{}\n{}\n");
    expect(refreshGeographyCache(next, previous)).toBe(true);
    expect(isGeographyCacheFresh(next)).toBe(true);
    expect(readFileSync(next, "utf8")).toBe(readFileSync(cacheFile, "utf8"));
    // A fresh previous cache is copied, byte for byte, not generated again.
    writeFileSync(previous, readFileSync(cacheFile));
    rmSync(next);
    expect(refreshGeographyCache(next, previous)).toBe(false);
    expect(readFileSync(next, "utf8")).toBe(readFileSync(previous, "utf8"));
  });
});
