/**
 * A territory file as the site shows it: placed in the official geography (its communes,
 * départements and régions), its texts typeset. Errors of placement (an unknown code, two
 * files for one code) are reported, and the file left out; drafts are checked, then left out.
 */
import { type ContentError, contentError } from "../../errors/content-error.ts";
import { locateTerritory, problemPosition } from "../../geo/footprint.ts";
import type { OfficialGeography } from "../../geo/official-geography.ts";
import type { TextRendering, ValidFile } from "../../model/content-files.ts";
import type { Indicator, Territory } from "../../model/types.ts";
import { imageOf } from "../shared/typeset-image.ts";

type TerritoryFile = Extract<ValidFile, { type: "territoires" }>;

/** The territories of the files, in their order, without `places` (named once all territories are known). */
export function placeTerritories(
  files: readonly TerritoryFile[],
  geo: OfficialGeography,
  render: TextRendering,
  errors: ContentError[],
): Omit<Territory, "places">[] {
  const byOfficialCode = new Map<string, TerritoryFile>();
  const placed: Omit<Territory, "places">[] = [];
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
    placed.push({
      slug: file.slug,
      title: render.text(data.title),
      summary: render.text(data.summary),
      url: `/territoires/${file.slug}/`,
      sourcePath: file.path,
      bodyHtml: render.body(file),
      scale: data.scale,
      code: data.code,
      location: data.location,
      ...imageOf(data.image, render),
      ...(data.indicators === undefined ? {} : { indicators: data.indicators.map((indicator) => typesetIndicator(indicator, render)) }),
      automatic: false,
      ...located.footprint,
    });
  }
  return placed;
}

/** An indicator as readers see it: its label, unit and source title typeset like the other short texts. */
function typesetIndicator(indicator: NonNullable<TerritoryFile["data"]["indicators"]>[number], render: TextRendering): Indicator {
  return {
    ...indicator,
    label: render.text(indicator.label),
    unit: indicator.unit === undefined ? undefined : render.text(indicator.unit),
    source: { ...indicator.source, title: render.text(indicator.source.title) },
  };
}
