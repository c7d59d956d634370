/** The file `npm run new` writes: every field of the type, described, ready to fill in. */
import { DateTime } from "luxon";
import type { z } from "zod";
import { TIME_ZONE } from "../dates/partial-date.ts";
import { describeFields } from "../schema/describe.ts";

/** Values that give the contributor a head start; other required fields are left empty for `check` to flag. */
function starterValue(name: string, title: string, today: string): string {
  switch (name) {
    case "title":
      return JSON.stringify(title);
    case "date":
      return JSON.stringify(today);
    case "sources":
      return '\n  - title: ""\n    url: ""';
    case "scale":
      return '"commune"';
    default:
      return '""';
  }
}

export function newEntryText(schema: z.ZodType, title: string, now: DateTime = DateTime.now()): string {
  const today = now.setZone(TIME_ZONE).toISODate() ?? "";
  const lines = ["---"];
  for (const field of describeFields(schema)) {
    if (field.name === "draft") continue;
    lines.push(`# ${field.required ? "" : "Facultatif. "}${field.description}`);
    const value = starterValue(field.name, title, today);
    const line = field.required || field.name === "code" ? `${field.name}: ${value}` : `# ${field.name}:`;
    lines.push(line.replace(/: \n/, ":\n"));
  }
  lines.push("---", "", "Texte de la fiche, en Markdown.", "");
  return lines.join("\n");
}
