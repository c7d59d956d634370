
/** How much of a date the sources give: a year, a month or a day. */
export type DatePrecision = "year" | "month" | "day";

/**
 * A calendar date in Europe/Paris known to a given precision.
 * `2018-10-30`, `2018-06` and `2013` are all valid: sources often give no day.
 */
export interface PartialDate {
  readonly iso: string;
  readonly precision: DatePrecision;
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

export const TIME_ZONE = "Europe/Paris";

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns undefined for anything else or an impossible date. */
export function parsePartialDate(text: string): PartialDate | undefined {
  const match = PARTIAL_DATE.exec(text.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  // Calendar validity by arithmetic: this runs for every date of every file.
  if (year < 1800 || year > 2200) return undefined;
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && (day < 1 || day > daysInMonth(year, month ?? 1))) return undefined;
  if (day !== undefined) return { iso: match[0], precision: "day", year, month, day };
  if (month !== undefined) return { iso: match[0], precision: "month", year, month };
  return { iso: match[0], precision: "year", year };
}

const pad = (value: number) => String(value).padStart(2, "0");

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

// Calendar arithmetic, not time-zone arithmetic: these run for every comparison when
// 10,000 entries are sorted, and a calendar day has no time zone.

/** First calendar day covered by the date, as `YYYY-MM-DD` (sortable as a string). */
export function firstDay(date: PartialDate): string {
  return `${date.year}-${pad(date.month ?? 1)}-${pad(date.day ?? 1)}`;
}

/** Last calendar day covered by the date, as `YYYY-MM-DD`. */
export function lastDay(date: PartialDate): string {
  const month = date.month ?? 12;
  return `${date.year}-${pad(month)}-${pad(date.day ?? daysInMonth(date.year, month))}`;
}


/** Orders dates by their first day, then the more precise one first. */
export function compareDates(a: PartialDate, b: PartialDate): number {
  const byDay = firstDay(a).localeCompare(firstDay(b));
  return byDay !== 0 ? byDay : b.iso.length - a.iso.length;
}

/** True when `inner` lies entirely within the period from `start` to `end` (or within `start` alone). */
export function isWithin(inner: PartialDate, start: PartialDate, end?: PartialDate): boolean {
  return firstDay(inner) >= firstDay(start) && lastDay(inner) <= lastDay(end ?? start);
}
