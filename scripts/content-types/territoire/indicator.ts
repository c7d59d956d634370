/**
 * A territory's indicator: one sourced key figure (« 1 250 emplois salariés de l’ESS en 2019,
 * selon la CRESS »). The figure is a number, so that the dossier can write it the French way
 * and the open data can be summed and sorted; its year and its source say where it stands.
 */
import { DateTime } from "luxon";
import { z } from "zod";
import { TIME_ZONE } from "../../dates/partial-date.ts";
import { issue } from "../../errors/catalogue.ts";
import { source } from "../shared/fields.ts";

/** Spaces a number may be grouped with: ordinary, no-break and narrow no-break. */
const DIGIT_GROUPING = /[\s\u00a0\u202f]/g;

/**
 * The number a contributor meant by `"1 250"`, `"12,5"` or `"12,5 %"`, and the unit written
 * after it, to show them how to write both; undefined when the text does not start with a number.
 */
export function figureFromFrenchText(text: string): { readonly value: number; readonly unit?: string } | undefined {
  const match = /^\s*(-?\d[\d\s\u00a0\u202f]*(?:[.,]\d+)?)\s*(.*?)\s*$/.exec(text);
  if (!match?.[1]) return undefined;
  const value = Number(match[1].replace(DIGIT_GROUPING, "").replace(",", "."));
  if (!Number.isFinite(value)) return undefined;
  return match[2] ? { value, unit: match[2] } : { value };
}

/**
 * A number, as YAML reads `1250` or `12.5`. A quoted or French-written figure (`"1 250"`,
 * `12,5`, which YAML reads as text) gets its own message with the number to write instead.
 */
const indicatorValue = z.preprocess((value, ctx) => {
  if (typeof value === "string" && value.trim() !== "") {
    const meant = figureFromFrenchText(value);
    ctx.addIssue(issue("indicatorValueNotNumber", { value, suggestion: meant && String(meant.value), unit: meant?.unit }));
  }
  return value;
}, z.number());

/** The year a contributor writes, `2019` (or `"2019"`, quoted). */
const indicatorYear = z.preprocess(
  (value, ctx) => {
    if (value === undefined || value === null || (typeof value === "string" && value.trim() === "")) return value;
    const year = typeof value === "string" && /^\s*\d{4}\s*$/.test(value) ? Number(value) : value;
    if (typeof year !== "number" || !Number.isInteger(year) || year < 1000 || year > 9999) {
      ctx.addIssue(issue("indicatorYearInvalid", { value: typeof value === "object" ? JSON.stringify(value) : String(value) }));
      return value;
    }
    // A figure is published once its year is over, or during it: never for a year to come.
    const current = DateTime.now().setZone(TIME_ZONE).year;
    if (year > current) ctx.addIssue(issue("indicatorYearFuture", { year, current }));
    return year;
  },
  z.number().int(),
);

export const indicator = z.strictObject({
  label: z.string().trim().min(3).max(120).meta({ description: "Ce que mesure le chiffre (3 à 120 caractères), ex. « Emplois salariés de l’ESS »." }),
  value: indicatorValue.meta({ description: "Le chiffre, en nombre : 1250, ou 12.5 pour 12,5 (un point pour les décimales, sans espace ni guillemets)." }),
  unit: z.string().trim().min(1).max(40).optional().meta({ description: "Unité, en toutes lettres : %, €, emplois, établissements…" }),
  year: indicatorYear.meta({ description: "Année à laquelle le chiffre se rapporte (AAAA), pas dans le futur." }),
  source: source.meta({ description: "Source du chiffre : title, et si possible url (http ou https), publisher et date." }),
});

export const indicators = z.array(indicator);
