/**
 * The markers of a map: one focusable link per place, named by `aria-label` and with a
 * `<title>` for the tooltip. Labels and URLs come from contributors, so URLs that could run
 * a script are refused and everything is escaped.
 */
import { escapeXml, formatNumber } from "./svg-path.ts";

export interface MapMarker {
  readonly label: string;
  /** Site-relative or absolute URL of the page the marker links to. */
  readonly url: string;
  readonly point: { readonly lat: number; readonly lon: number };
}

export const MARKER_RADIUS = 5;

/** Site-relative (`/…`, `./…`, `../…`, `#…`, `?…`) or http(s) URLs: never `javascript:` nor `data:`. */
const SAFE_URL = /^(?:https?:\/\/|\/(?!\/)|\.{1,2}\/|[#?])/i;

/** Throws on a marker that must never reach a page: no name, or a URL that is not a plain link. */
export function checkMarker(marker: MapMarker): void {
  if (!SAFE_URL.test(marker.url)) throw new Error(`Unsafe URL for the map marker « ${marker.label} »: ${marker.url}`);
  if (marker.label.trim() === "") throw new Error(`Map marker without a label, linking to ${marker.url}`);
}

/** The marker's link, its dot at `at` (map units). */
export function renderMarker(marker: MapMarker, at: readonly [number, number]): string {
  const label = escapeXml(marker.label);
  return (
    `<a class="france-map-marker" href="${escapeXml(marker.url)}" aria-label="${label}">` +
    `<title>${label}</title>` +
    `<circle class="france-map-dot" cx="${formatNumber(at[0])}" cy="${formatNumber(at[1])}" r="${MARKER_RADIUS}"/>` +
    `</a>`
  );
}
