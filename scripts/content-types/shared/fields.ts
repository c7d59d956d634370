/**
 * Field schemas shared by several content types. Each carries a French description:
 * it is what CONTRIBUTING.md, the JSON Schemas and `npm run new` show to contributors.
 */
import { z } from "zod";
import { parsePartialDate, type PartialDate } from "../../dates/partial-date.ts";
import { SLUG_PATTERN } from "../../text/slugify.ts";
import { issue } from "../../errors/catalogue.ts";

/** Any of `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, quoted or not (YAML reads `2013` as a number). */
export const partialDate = z.unknown().transform((value, ctx): PartialDate => {
  if (value === undefined || value === null) {
    ctx.addIssue({ code: "custom", message: "", params: { key: "missingField" } });
    return z.NEVER;
  }
  const text = typeof value === "number" && Number.isInteger(value) ? String(value) : value;
  const parsed = typeof text === "string" ? parsePartialDate(text) : undefined;
  if (!parsed) {
    ctx.addIssue(issue("invalidDate", { value: describe(value) }));
    return z.NEVER;
  }
  return parsed;
});

/** A reference to another entry by its slug (its file name without `.md`). */
export const slugReference = z.string().refine((value) => SLUG_PATTERN.test(value), {
  params: { key: "invalidSlug" },
});

/** One slug, or a list of slugs; always read as a list. */
export const slugList = z.preprocess(
  (value) => (typeof value === "string" ? [value] : value),
  z.array(slugReference).min(1),
);

export const httpUrl = z.string().refine(isHttpUrl, { params: { key: "invalidUrl" } });

/**
 * Fields holding running text rather than a name: they may contain the invisible characters
 * prose needs (zero-width joiner in emoji, direction marks; see `TextPolicy` in
 * scripts/text/invisible-characters.ts). Every other string field, present or future, is held
 * to the strict rule of names, titles and URLs.
 */
export const RUNNING_TEXT_FIELDS: ReadonlySet<string> = new Set(["summary"]);

export const plainSummary = z
  .string()
  .min(20)
  .max(320)
  .refine((text) => !/<[a-zA-Z/!]|\n\s*\n/.test(text), { params: { key: "summaryNotPlain" } });

export const title = z.string().trim().min(3).max(160);

export const nameList = z.array(z.string().trim().min(1).max(200));

export const source = z.strictObject({
  title: z.string().trim().min(3).max(300).meta({ description: "Titre de l’article, du rapport ou de la page cités." }),
  url: httpUrl.optional().meta({ description: "Adresse web (http ou https)." }),
  publisher: z.string().trim().min(1).max(200).optional().meta({ description: "Éditeur ou média." }),
  date: partialDate.optional().meta({ description: "Date de publication, à la précision connue." }),
});

export const sources = z.array(source).min(1);

export const draft = z.boolean();

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return "(vide)";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}
