/**
 * A territory as the site shows it: placed in the official geography (its communes,
 * départements and régions), its texts typeset. Errors of placement (an unknown code, two
 * files for one code) are reported, and the file left out; drafts are checked, then left out.
 * The département and région dossiers that have content but no file are made here too. The
 * model's `Territory` is what these return (model/types.ts), with the names of its places
 * (resolve) and its point on the map (aggregation): a field added here reaches the templates.
 */
import { type ContentError, contentError } from "../../errors/content-error.ts";
import { type Footprint, locateTerritory, problemPosition } from "../../geo/footprint.ts";
import { type OfficialGeography, inPlace, withPreposition } from "../../geo/official-geography.ts";
import type { TextRendering, ValidFile } from "../../model/content-files.ts";
import { slugify } from "../../text/slugify.ts";
import { imageOf } from "../shared/typeset-image.ts";

type TerritoryFile = Extract<ValidFile, { type: "territoires" }>;

/** The territories of the files, in their order, without `places` (named once all territories are known). */
export function placeTerritories(
  files: readonly TerritoryFile[],
  geo: OfficialGeography,
  render: TextRendering,
  errors: ContentError[],
): FileTerritory[] {
  const byOfficialCode = new Map<string, TerritoryFile>();
  const placed: FileTerritory[] = [];
  for (const file of files) {
    const { data } = file;
    if (data.code !== undefined) {
      const key = `${data.scale}:${data.code}`;
      const other = byOfficialCode.get(key);
      if (other) {
        errors.push(contentError(file.path, file.locate(["code"]), "duplicateTerritoryCode", { code: data.code, other: other.path }));
        continue;
      }
      byOfficialCode.set(key, file);
    }
    const located = locateTerritory(data, geo);
    if ("problems" in located) {
      for (const problem of located.problems) {
        errors.push(contentError(file.path, problemPosition(problem, file.locate), problem.key, problem.params as never));
      }
      continue;
    }
    if (data.draft === true) continue;
    placed.push(fileTerritory(file, located.footprint, render));
  }
  return placed;
}

/** A territory of `content/territoires/`, its texts typeset. */
function fileTerritory(file: TerritoryFile, footprint: Footprint, render: TextRendering) {
  const { data } = file;
  return {
    slug: file.slug,
    title: render.text(data.title),
    summary: render.text(data.summary),
    /** Site-relative URL: `/territoires/figeac/`. */
    url: `/territoires/${file.slug}/`,
    /** Content file it comes from, for « Proposer une correction ». */
    sourcePath: file.path,
    bodyHtml: render.body(file),
    scale: data.scale,
    /** Official code for commune, EPCI, département and région; absent for groupings. */
    ...(data.code === undefined ? {} : { code: data.code }),
    /** Its point for the map, when the file gives one. */
    ...(data.location === undefined ? {} : { location: data.location }),
    ...imageOf(data.image, render),
    /** Sourced key figures, in the order of the file; absent when the file gives none. */
    ...(data.indicators === undefined ? {} : { indicators: data.indicators.map((indicator) => typesetIndicator(indicator, render)) }),
    /** Made without a file of its own (`automaticTerritory`). */
    automatic: false as const,
    /** Official footprint: the communes covered, when known, and the départements and régions. */
    ...footprint,
  };
}

type FileTerritory = ReturnType<typeof fileTerritory>;

/**
 * The dossier of a département or région that has content but no file. Every field of a file's
 * territory is here, those a file alone gives left undefined, so that code reading a territory
 * reads them all without asking which kind it holds.
 */
function automaticTerritory(slug: string, scale: "region" | "departement", code: string, title: string, summary: string, footprint: Footprint) {
  return {
    slug,
    // Official names are written with a straight apostrophe (« Côte d'Azur »); readers get French typography.
    title: title.replaceAll("'", "’"),
    summary: summary.replaceAll("'", "’"),
    url: `/territoires/${slug}/`,
    sourcePath: undefined,
    bodyHtml: "",
    scale,
    code,
    location: undefined,
    image: undefined,
    indicators: undefined,
    automatic: true as const,
    ...footprint,
  };
}

/** A territory before `resolve` names its places: from its file, or automatic. */
export type PlacedTerritory = FileTerritory | ReturnType<typeof automaticTerritory>;

/** A dossier for every département and région that has content, unless a file already describes it. */
export function automaticTerritories(placed: readonly PlacedTerritory[], geo: OfficialGeography): PlacedTerritory[] {
  const described = new Set(placed.filter((t) => t.code !== undefined).map((t) => `${t.scale}:${t.code}`));
  const takenSlugs = new Set(placed.map((t) => t.slug));
  const regionCodes = new Set(placed.flatMap((t) => t.regions));
  const departementCodes = new Set(placed.flatMap((t) => t.departements));
  const created: PlacedTerritory[] = [];
  const add = (scale: "region" | "departement", code: string, title: string, summary: string, regions: string[]) => {
    if (described.has(`${scale}:${code}`)) return;
    // « La Réunion » is a région and a département, « Saint-Barthélemy » even shares its code.
    const base = slugify(title);
    const slug = [base, `${base}-${code.toLowerCase()}`, `${base}-${scale}-${code.toLowerCase()}`].find((candidate) => !takenSlugs.has(candidate)) ?? `${base}-${scale}-${code.toLowerCase()}-${takenSlugs.size}`;
    takenSlugs.add(slug);
    created.push(automaticTerritory(slug, scale, code, title, summary, { communes: null, departements: scale === "departement" ? [code] : [], regions }));
  };
  for (const code of [...regionCodes].sort()) {
    const region = geo.regions.get(code);
    if (region) add("region", code, region.nom, `Dynamiques, visites et événements de l’ESS recensés ${inPlace(region)}.`, [code]);
  }
  for (const code of [...departementCodes].sort()) {
    const departement = geo.departements.get(code);
    if (!departement) continue;
    const region = geo.regions.get(departement.region);
    const where = region ? `, ${inPlace(region)}` : "";
    add(
      "departement",
      code,
      departement.nom,
      `Dynamiques, visites et événements de l’ESS recensés dans le département ${withPreposition(departement)} (${code})${where}.`,
      [departement.region],
    );
  }
  return created;
}

/** An indicator as readers see it: its label, unit and source title typeset like the other short texts. */
function typesetIndicator(indicator: NonNullable<TerritoryFile["data"]["indicators"]>[number], render: TextRendering) {
  return {
    ...indicator,
    label: render.text(indicator.label),
    unit: indicator.unit === undefined ? undefined : render.text(indicator.unit),
    source: { ...indicator.source, title: render.text(indicator.source.title) },
  };
}

/** A sourced key figure of a territory, given by its file (`indicators`). */
export type Indicator = ReturnType<typeof typesetIndicator>;
