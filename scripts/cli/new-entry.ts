/** The file `npm run new` writes: every field of the type, described, ready to fill in. */
import { DateTime } from "luxon";
import type { z } from "zod";
import { TIME_ZONE } from "../dates/partial-date.ts";
import { describeFields } from "../content-types/describe.ts";
import type { EntryPrefill } from "./new-territory.ts";

/** Values that give the contributor a head start; other required fields are left empty for `check` to flag. */
function starterValue(name: string, title: string, today: string): string {
  switch (name) {
    case "title":
      return JSON.stringify(title);
    case "date":
      return JSON.stringify(today);
    case "sources":
      return '\n  - title: ""\n    url: ""';
    default:
      return '""';
  }
}

/**
 * A field that only some entries need (`code` for an official territory, `within` for a
 * grouping) is optional to the schema, but its description starts by saying when it is
 * required: « Facultatif. Obligatoire pour… » would contradict it.
 */
function optionalLabel(description: string): string {
  return description.startsWith("Obligatoire") ? "" : "Facultatif. ";
}

const NO_PREFILL: EntryPrefill = { values: {}, notes: {} };

export function newEntryText(schema: z.ZodType, title: string, now: DateTime = DateTime.now(), prefill: EntryPrefill = NO_PREFILL): string {
  const today = now.setZone(TIME_ZONE).toISODate() ?? "";
  const lines = ["---"];
  for (const field of describeFields(schema)) {
    if (field.name === "draft") continue;
    lines.push(`# ${field.required ? "" : optionalLabel(field.description)}${field.description}`);
    for (const note of prefill.notes[field.name] ?? []) lines.push(`# ${note}`);
    const value = prefill.values[field.name] ?? starterValue(field.name, title, today);
    const line = field.required || field.name === "code" ? `${field.name}: ${value}` : `# ${field.name}:`;
    lines.push(line.replace(/: \n/, ":\n"));
  }
  lines.push("---", "", "Texte de la fiche, en Markdown.", "");
  return lines.join("\n");
}
