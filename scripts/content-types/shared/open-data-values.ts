/** What every open-data table writes: JSON values, and partial dates as their ISO form. */
import type { PartialDate } from "../../dates/partial-date.ts";

export type Value = string | number | boolean | null | Value[] | { [key: string]: Value };
export type OpenRecord = Record<string, Value>;

export const iso = (date: PartialDate | undefined): string | null => date?.iso ?? null;
