/**
 * `npm run docs`: regenerate the field tables of CONTRIBUTING.md from the schemas and `data/`.
 * `check` and `build` do it too when the guide is out of date (scripts/docs/refresh-guide.ts).
 */
import { messages } from "../errors/catalogue.ts";
import { BEGIN_MARKER, END_MARKER } from "../docs/contributor-fields.ts";
import { refreshGuide } from "../docs/refresh-guide.ts";
import { readVocabulary } from "../content-types/vocabulary.ts";
import { runCommand } from "./run-command.ts";

await runCommand(() => {
  const root = process.cwd();
  const outcome = refreshGuide(root, readVocabulary(root));
  if (outcome === "absent") {
    console.error(messages.guideWithoutTables({ begin: BEGIN_MARKER, end: END_MARKER }));
    return 1;
  }
  console.log(outcome === "updated" ? messages.guideUpdated() : messages.guideCurrent());
  return 0;
});
