import { Info } from "luxon";
import type { PartialDate } from "./partial-date.ts";

/** French month names, from luxon once: formatting runs for every date of every page. */
const MONTHS = Info.months("long", { locale: "fr" });

/** « 1er » for the first of the month, as French typography requires; the plain number otherwise. */
function dayNumber(day: number): string {
  return day === 1 ? "1er" : String(day);
}

function monthName(date: PartialDate): string {
  return MONTHS[(date.month ?? 1) - 1] ?? "";
}

/** « 30 octobre 2018 », « juin 2018 » or « 2018 », depending on the precision. */
export function formatDate(date: PartialDate): string {
  switch (date.precision) {
    case "year":
      return String(date.year);
    case "month":
      return `${monthName(date)} ${date.year}`;
    case "day":
      return `${dayNumber(date.day ?? 1)} ${monthName(date)} ${date.year}`;
  }
}

/** « de » becomes « d’ » before a vowel: « d’octobre 2018 à mars 2020 ». */
function de(text: string): string {
  return /^[aeiouyéèh]/i.test(text) ? `d’${text}` : `de ${text}`;
}

function areConsecutiveDays(start: PartialDate, end: PartialDate): boolean {
  const next = new Date(Date.UTC(start.year, (start.month ?? 1) - 1, (start.day ?? 1) + 1));
  return next.getUTCFullYear() === end.year && next.getUTCMonth() + 1 === end.month && next.getUTCDate() === end.day;
}

/**
 * A period in French: « 30 et 31 octobre 2018 », « du 7 au 29 novembre 2014 »,
 * « du 28 novembre au 2 décembre 2014 », « de juin à septembre 2018 », « de 2018 à 2020 ».
 */
export function formatPeriod(start: PartialDate, end?: PartialDate): string {
  if (!end || end.iso === start.iso) return formatDate(start);
  const sameYear = start.year === end.year;
  if (start.precision === "day" && end.precision === "day") {
    const sameMonth = sameYear && start.month === end.month;
    if (sameMonth && areConsecutiveDays(start, end)) {
      return `${dayNumber(start.day ?? 1)} et ${formatDate(end)}`;
    }
    if (sameMonth) return `du ${dayNumber(start.day ?? 1)} au ${formatDate(end)}`;
    if (sameYear) return `du ${dayNumber(start.day ?? 1)} ${monthName(start)} au ${formatDate(end)}`;
    return `du ${formatDate(start)} au ${formatDate(end)}`;
  }
  if (start.precision === "month" && end.precision === "month" && sameYear) {
    return `${de(monthName(start))} à ${formatDate(end)}`;
  }
  return `${de(formatDate(start))} à ${formatDate(end)}`;
}
