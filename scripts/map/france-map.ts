/**
 * A static map of France as an inline SVG string, drawn at build time: no tiles, no script,
 * no inline style (the site's CSP forbids them), so it looks right only with the classes
 * below styled by the site's stylesheet:
 *
 * - `france-map`: the `<svg>`;
 * - `france-map-departements`: the `<g>` of the département outlines (`<path data-code="46">`,
 *   without a class of their own to keep the file small); `france-map-highlight` on the
 *   outlines highlighted;
 * - `france-map-inset` (`<rect>`) and `france-map-inset-label` (`<text>`): the frames and
 *   names of the overseas insets;
 * - `france-map-markers`: the `<g>` of the markers; `france-map-marker`: each marker link
 *   (`<a>`), and `france-map-dot`: its `<circle>`.
 *
 * The outlines are decorative (`aria-hidden`); each marker is a focusable link named by
 * `aria-label`, with a `<title>` for the tooltip.
 */
import { geoPath, type GeoContext } from "d3-geo";
import { officialGeography } from "../geo/official-geography.ts";
import { departementGeometry } from "./departement-geometry.ts";
import { franceLayout, MAP_HEIGHT, MAP_WIDTH, projectPoint } from "./projection.ts";

export interface MapMarker {
  readonly label: string;
  /** Site-relative or absolute URL of the page the marker links to. */
  readonly url: string;
  readonly point: { readonly lat: number; readonly lon: number };
}

export interface FranceMapParams {
  /** Accessible name of the map, also its `<title>`. */
  readonly title: string;
  /** Drawn in the order given (which is also the keyboard order); points drawn nowhere are left out. */
  readonly markers: readonly MapMarker[];
  /** Départements to highlight, given by code or through their région's code. */
  readonly highlight?: { readonly departements?: readonly string[]; readonly regions?: readonly string[] };
  /** Prefix of the ids in the SVG, to keep them unique when a page holds several maps. */
  readonly idPrefix?: string;
  /**
   * URL of the outline file (`renderOutlineFile`). When given, the map draws the outlines by
   * reference (`<use>`) instead of inline: every page then carries a few hundred bytes of map,
   * not 30 KB, and the outlines are downloaded (and kept offline) once.
   */
  readonly outlinesHref?: string;
}

const MARKER_RADIUS = 5;
/**
 * Smallest triangle (square degrees) kept when simplifying the metropolitan outlines; the
 * insets, drawn larger, keep proportionally smaller ones.
 */
const METROPOLE_SIMPLIFICATION = 0.0016;

/** Site-relative (`/…`, `./…`, `../…`, `#…`, `?…`) or http(s) URLs: never `javascript:` nor `data:`. */
const SAFE_URL = /^(?:https?:\/\/|\/(?!\/)|\.{1,2}\/|[#?])/i;

const XML_ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Escapes text for an XML attribute or element, and drops characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "")
    .replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? char);
}

/** A coordinate in tenths, as SVG wants it: `12.3`, `-0.5` → `-.5`, `4`. */
function formatTenths(tenths: number): string {
  if (tenths === 0) return "0";
  const sign = tenths < 0 ? "-" : "";
  const abs = Math.abs(tenths);
  const whole = Math.floor(abs / 10);
  const fraction = abs % 10;
  return `${sign}${whole === 0 && fraction !== 0 ? "" : String(whole)}${fraction === 0 ? "" : `.${fraction}`}`;
}

function formatNumber(value: number): string {
  return formatTenths(Math.round(value * 10));
}

/** Joins numbers with the fewest separators: none before a minus sign. */
function joinNumbers(numbers: readonly string[]): string {
  let out = "";
  for (const [index, number] of numbers.entries()) out += index === 0 || number.startsWith("-") ? number : ` ${number}`;
  return out;
}

/**
 * A d3-geo path context that keeps each ring's points rounded to 0.1 unit and writes them as
 * relative moves, leaving out repeated points and rings that round to less than a triangle.
 */
class RelativePathContext implements GeoContext {
  private readonly rings: Array<Array<readonly [number, number]>> = [];
  private ring: Array<readonly [number, number]> = [];

  moveTo(x: number, y: number): void {
    this.flush();
    this.ring = [[Math.round(x * 10), Math.round(y * 10)]];
  }

  lineTo(x: number, y: number): void {
    const point = [Math.round(x * 10), Math.round(y * 10)] as const;
    const last = this.ring[this.ring.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) this.ring.push(point);
  }

  closePath(): void {
    this.flush();
  }

  arc(): void {
    // Only points are drawn as arcs, and outlines hold none.
  }

  beginPath(): void {}

  private flush(): void {
    const first = this.ring[0];
    const last = this.ring[this.ring.length - 1];
    if (first && last && this.ring.length > 1 && first[0] === last[0] && first[1] === last[1]) this.ring.pop();
    if (this.ring.length >= 3) this.rings.push(this.ring);
    this.ring = [];
  }

  toString(): string {
    this.flush();
    let out = "";
    let current: readonly [number, number] = [0, 0];
    for (const ring of this.rings) {
      const [start, ...rest] = ring;
      if (!start) continue;
      out += `${out === "" ? "M" : "m"}${joinNumbers([formatTenths(start[0] - current[0]), formatTenths(start[1] - current[1])])}`;
      let previous = start;
      const steps: string[] = [];
      for (const point of rest) {
        steps.push(formatTenths(point[0] - previous[0]), formatTenths(point[1] - previous[1]));
        previous = point;
      }
      out += `l${joinNumbers(steps)}z`;
      current = start;
    }
    return out;
  }
}

let outlines: ReadonlyArray<{ readonly code: string; readonly d: string }> | undefined;

/** Projected, simplified outlines of the 101 départements, computed once per process. */
function departementOutlines(): ReadonlyArray<{ readonly code: string; readonly d: string }> {
  if (outlines) return outlines;
  const layout = franceLayout();
  const geometry = departementGeometry();
  outlines = [...geometry.detailed.keys()].map((code) => {
    const projection = layout.projectionOf(code);
    // Same on-screen tolerance everywhere: weights are areas, so divide by the zoom squared.
    const zoom = projection.scale() / layout.metropole.scale();
    const item = geometry.simplified(METROPOLE_SIMPLIFICATION / (zoom * zoom)).get(code);
    if (!item) throw new Error(`No outline for département ${code}`);
    const context = new RelativePathContext();
    geoPath(projection, context)(item);
    return { code, d: context.toString() };
  });
  return outlines;
}

function highlightedCodes(highlight: FranceMapParams["highlight"]): ReadonlySet<string> {
  const codes = new Set(highlight?.departements ?? []);
  const regions = new Set(highlight?.regions ?? []);
  if (regions.size > 0) {
    for (const departement of officialGeography().departements.values()) {
      if (regions.has(departement.region)) codes.add(departement.code);
    }
  }
  return codes;
}

/** The outlines alone, as a file that maps refer to with `outlinesHref`: `#departements`, and `#d-46` for each. */
export function renderOutlineFile(): string {
  const paths = departementOutlines()
    .map(({ code, d }) => `<path id="d-${code}" data-code="${code}" d="${d}"/>`)
    .join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}"><g id="departements">${paths}</g></svg>\n`;
}

/** Renders the map; the same parameters always give the same string. */
export function renderFranceMap(params: FranceMapParams): string {
  const prefix = params.idPrefix ?? "carte-france";
  if (!/^[A-Za-z][\w-]*$/.test(prefix)) throw new Error(`Invalid id prefix for the map: ${JSON.stringify(prefix)}`);
  const titleId = `${prefix}-titre`;
  const highlighted = highlightedCodes(params.highlight);

  const href = params.outlinesHref === undefined ? undefined : escapeXml(params.outlinesHref);
  const departements =
    href === undefined
      ? departementOutlines()
          .map(({ code, d }) => {
            const className = highlighted.has(code) ? ` class="france-map-highlight"` : "";
            return `<path${className} data-code="${code}" d="${d}"/>`;
          })
          .join("")
      : `<use href="${href}#departements"/>` +
        [...highlighted].sort().map((code) => `<use class="france-map-highlight" href="${href}#d-${code}"/>`).join("");

  const insets = franceLayout()
    .insets.map(
      (inset) =>
        `<rect class="france-map-inset" x="${formatNumber(inset.x)}" y="${formatNumber(inset.y)}" width="${formatNumber(inset.width)}" height="${formatNumber(inset.height)}"/>` +
        `<text class="france-map-inset-label" x="${formatNumber(inset.x)}" y="${formatNumber(inset.y + inset.height + 10)}">${escapeXml(inset.name)}</text>`,
    )
    .join("");

  const markers = params.markers
    .flatMap((marker) => {
      if (!SAFE_URL.test(marker.url)) throw new Error(`Unsafe URL for the map marker « ${marker.label} »: ${marker.url}`);
      if (marker.label.trim() === "") throw new Error(`Map marker without a label, linking to ${marker.url}`);
      const at = projectPoint(marker.point);
      if (!at) return [];
      const label = escapeXml(marker.label);
      return [
        `<a class="france-map-marker" href="${escapeXml(marker.url)}" aria-label="${label}">` +
          `<title>${label}</title>` +
          `<circle class="france-map-dot" cx="${formatNumber(at[0])}" cy="${formatNumber(at[1])}" r="${MARKER_RADIUS}"/>` +
          `</a>`,
      ];
    })
    .join("");

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="france-map" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" role="group" aria-labelledby="${titleId}">` +
    `<title id="${titleId}">${escapeXml(params.title)}</title>` +
    `<g aria-hidden="true">${insets}<g class="france-map-departements">${departements}</g></g>` +
    `<g class="france-map-markers">${markers}</g>` +
    `</svg>`
  );
}
