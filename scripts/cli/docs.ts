/** `npm run docs`: regenerate the field tables of CONTRIBUTING.md from the schemas. */
import { readFileSync, writeFileSync } from "node:fs";
import { withFieldTables } from "../docs/contributor-fields.ts";
import { readVocabulary } from "../schema/vocabulary.ts";
import { runCommand } from "./run-command.ts";

await runCommand(() => {
  const root = process.cwd();
  const guide = readFileSync("CONTRIBUTING.md", "utf8");
  const updated = withFieldTables(guide, readVocabulary(root));
  writeFileSync("CONTRIBUTING.md", updated);
  console.log(updated === guide ? "CONTRIBUTING.md est à jour." : "CONTRIBUTING.md mis à jour à partir des schémas.");
  return 0;
});
