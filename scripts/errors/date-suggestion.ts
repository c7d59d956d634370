/**
 * What a contributor most likely meant by a date written the French way (`14/03/2019`,
 * `14-03-2019`, `14.03.2019`, `03/2019`), in the form the schemas accept (`2019-03-14`,
 * `2019-03`). Day before month, as in France: `03/04/2019` is the 3rd of April.
 */
import { parsePartialDate } from "../dates/partial-date.ts";

const DAY_MONTH_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const MONTH_YEAR = /^(\d{1,2})[/.-](\d{4})$/;
const YEAR_MONTH_DAY = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;

const pad = (digits: string) => digits.padStart(2, "0");

/** The ISO form of `written`, or undefined when it is not a date in another order or is impossible (`31/02/2019`). */
export function isoDateSuggestion(written: string): string | undefined {
  const text = written.trim();
  const dayFirst = DAY_MONTH_YEAR.exec(text);
  const monthFirst = MONTH_YEAR.exec(text);
  const yearFirst = YEAR_MONTH_DAY.exec(text);
  const candidate = dayFirst
    ? `${dayFirst[3]}-${pad(dayFirst[2] ?? "")}-${pad(dayFirst[1] ?? "")}`
    : monthFirst
      ? `${monthFirst[2]}-${pad(monthFirst[1] ?? "")}`
      : yearFirst
        ? `${yearFirst[1]}-${pad(yearFirst[2] ?? "")}-${pad(yearFirst[3] ?? "")}`
        : undefined;
  // Only a date the schemas accept is worth suggesting: never « 2019-02-31 ».
  return candidate !== undefined && parsePartialDate(candidate) ? candidate : undefined;
}
