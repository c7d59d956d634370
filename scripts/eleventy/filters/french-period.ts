import { formatPeriod } from "../../dates/format-french.ts";
import type { PartialDate } from "../../dates/partial-date.ts";

/** `{{ entry.date | frenchPeriod(entry.end) }}` → « 30 et 31 octobre 2018 ». */
export function frenchPeriod(start: PartialDate | undefined, end?: PartialDate): string {
  return start ? formatPeriod(start, end) : "";
}
