/**
 * The field tables of CONTRIBUTING.md, generated from the schemas so that the guide
 * says exactly what `npm run check` enforces. `npm run docs` rewrites them, and so do
 * `check` and `build` when they are out of date (refresh-guide.ts); a test fails, in French,
 * when the guide and the schemas disagree.
 */
import { buildSchemas, CONTENT_TYPES, LABELS } from "../content-types/registry.ts";
import { describeFields } from "../content-types/describe.ts";
import type { Vocabulary } from "../content-types/vocabulary.ts";

export const BEGIN_MARKER = "<!-- champs:début (généré par « npm run docs », ne pas modifier à la main) -->";
export const END_MARKER = "<!-- champs:fin -->";

function escapeCell(text: string): string {
  return text.replace(/\|/g, "\\|");
}

export function fieldTables(vocabulary: Vocabulary): string {
  const schemas = buildSchemas(vocabulary);
  const sections = CONTENT_TYPES.map((type) => {
    const rows = describeFields(schemas[type]).map(
      (field) => `| \`${field.name}\` | ${field.required ? "oui" : "non"} | ${escapeCell(field.description)} |`,
    );
    return [`### ${LABELS[type].many} — \`content/${type}/<nom>.md\``, "", "| champ | obligatoire | description |", "|---|---|---|", ...rows].join("\n");
  });
  const kinds = Object.entries(vocabulary.kinds).map(([slug, kind]) => `\`${slug}\` (${kind.label})`);
  const themes = Object.entries(vocabulary.themes).map(([slug, label]) => `\`${slug}\` (${label})`);
  return [
    ...sections,
    `### Valeurs possibles\n\n**kind** : ${kinds.join(", ")}.\n\n**themes** : ${themes.join(", ")}.`,
  ].join("\n\n");
}

/** The guide with its generated part replaced by the current tables. */
export function withFieldTables(guide: string, vocabulary: Vocabulary): string {
  const start = guide.indexOf(BEGIN_MARKER);
  const end = guide.indexOf(END_MARKER);
  if (start < 0 || end < start) throw new Error(`CONTRIBUTING.md doit contenir les marqueurs ${BEGIN_MARKER} et ${END_MARKER}.`);
  return `${guide.slice(0, start + BEGIN_MARKER.length)}\n\n${fieldTables(vocabulary)}\n\n${guide.slice(end)}`;
}
