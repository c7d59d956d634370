/** `npm run new -- <dynamique|visite|evenement|territoire> "<titre>"`: create a file to fill in. */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { messages } from "../errors/catalogue.ts";
import { CONTENT_TYPES, SINGULAR, buildSchemas } from "../content-types/registry.ts";
import { readVocabulary } from "../content-types/vocabulary.ts";
import { slugify } from "../text/slugify.ts";
import { closestMatch } from "../text/suggest.ts";
import { officialGeography } from "../geo/official-geography.ts";
import { newEntryText } from "./new-entry.ts";
import { territoryPrefill } from "./new-territory.ts";
import { runCommand } from "./run-command.ts";

await runCommand(() => {
  const root = process.cwd();
  const [typeName = "", ...titleWords] = process.argv.slice(2);
  const title = titleWords.join(" ").trim();
  const type = CONTENT_TYPES.find((candidate) => SINGULAR[candidate] === typeName || candidate === typeName);
  if (!type || title === "") {
    const suggestion = closestMatch(typeName, Object.values(SINGULAR));
    console.error(messages.newUsage({ typeName, suggestion: type ? undefined : suggestion }));
    return 1;
  }
  const slug = slugify(title);
  const path = join("content", type, `${slug}.md`);
  if (slug === "") {
    console.error(messages.newUsage({ typeName, suggestion: undefined }));
    return 1;
  }
  if (existsSync(join(root, path))) {
    console.error(messages.newFileExists({ path }));
    return 1;
  }
  const schema = buildSchemas(readVocabulary(root))[type];
  mkdirSync(join(root, "content", type), { recursive: true });
  // A territory's scale and code come from the official geography when it knows the name.
  const prefill = type === "territoires" ? territoryPrefill(title, officialGeography()) : undefined;
  writeFileSync(join(root, path), newEntryText(schema, title, undefined, prefill), { flag: "wx" });
  console.log(messages.newFileCreated({ path }));
  return 0;
});
