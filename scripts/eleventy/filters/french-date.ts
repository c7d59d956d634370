import { formatDate } from "../../dates/format-french.ts";
import type { PartialDate } from "../../dates/partial-date.ts";

/** `{{ entry.founded | frenchDate }}` → « 30 octobre 2018 », « juin 2018 », « 2018 ». */
export function frenchDate(date: PartialDate | undefined): string {
  return date ? formatDate(date) : "";
}
