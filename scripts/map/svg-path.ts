/**
 * Writing SVG by hand, small and deterministic: numbers rounded to tenths of a map unit,
 * outlines as relative path commands, text escaped for XML. Shared by the map of France
 * and the zoomed maps of the dossiers.
 */
import type { GeoContext } from "d3-geo";

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

/** A number of map units, rounded to a tenth. */
export function formatNumber(value: number): string {
  return formatTenths(Math.round(value * 10));
}

/** Joins numbers with the fewest separators: none before a minus sign. */
function joinNumbers(numbers: readonly string[]): string {
  let out = "";
  for (const [index, number] of numbers.entries()) out += index === 0 || number.startsWith("-") ? number : ` ${number}`;
  return out;
}

/**
 * A d3-geo path context that keeps each ring's or line's points rounded to 0.1 unit (or to
 * the unit) and writes them as relative moves, leaving out repeated points, rings that round
 * to less than a triangle and lines that round to a point. Rings are closed (`z`), lines
 * (borders) are not.
 */
export class RelativePathContext implements GeoContext {
  private readonly parts: Array<{ readonly points: ReadonlyArray<readonly [number, number]>; readonly closed: boolean }> = [];
  private part: Array<readonly [number, number]> = [];
  /** Points are kept in tenths of a unit, multiples of 10 when rounded to the unit. */
  private readonly step: number;

  /**
   * `decimals: 0` rounds to the unit: on a map 640 units wide shown at most 576 pixels wide,
   * half a pixel at worst, for 40 % fewer characters than tenths.
   */
  constructor(options: { readonly decimals?: 0 | 1 } = {}) {
    this.step = options.decimals === 0 ? 10 : 1;
  }

  private rounded(value: number): number {
    return Math.round((value * 10) / this.step) * this.step;
  }

  moveTo(x: number, y: number): void {
    this.flush(false);
    this.part = [[this.rounded(x), this.rounded(y)]];
  }

  lineTo(x: number, y: number): void {
    const point = [this.rounded(x), this.rounded(y)] as const;
    const last = this.part[this.part.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) this.part.push(point);
  }

  closePath(): void {
    this.flush(true);
  }

  arc(): void {
    // Only points are drawn as arcs, and outlines hold none.
  }

  beginPath(): void {}

  private flush(closed: boolean): void {
    const points = this.part;
    this.part = [];
    const first = points[0];
    const last = points[points.length - 1];
    if (closed && first && last && points.length > 1 && first[0] === last[0] && first[1] === last[1]) points.pop();
    if (points.length >= (closed ? 3 : 2)) this.parts.push({ points, closed });
  }

  toString(): string {
    this.flush(false);
    let out = "";
    let current: readonly [number, number] = [0, 0];
    for (const { points, closed } of this.parts) {
      const [start, ...rest] = points;
      if (!start) continue;
      out += `${out === "" ? "M" : "m"}${joinNumbers([formatTenths(start[0] - current[0]), formatTenths(start[1] - current[1])])}`;
      let previous = start;
      const steps: string[] = [];
      for (const point of rest) {
        steps.push(formatTenths(point[0] - previous[0]), formatTenths(point[1] - previous[1]));
        previous = point;
      }
      out += `l${joinNumbers(steps)}${closed ? "z" : ""}`;
      // After `z` the pen is back at the start of the ring; after a line, at its end.
      current = closed ? start : previous;
    }
    return out;
  }
}
