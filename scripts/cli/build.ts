/**
 * `npm run build`: check the content, then render the whole site into a staging
 * folder and publish it as `_site/` only if everything succeeded.
 */
import Eleventy from "@11ty/eleventy";
import { messages } from "../errors/catalogue.ts";
import { handOverObservatory } from "../eleventy/observatory-data.ts";
import { buildObservatory } from "../pipeline/build-observatory.ts";
import { publishAtomically } from "../publish/atomic-output.ts";
import { checkReport } from "./check-report.ts";
import { runCommand } from "./run-command.ts";

await runCommand(async () => {
  const root = process.cwd();
  const started = performance.now();
  const result = buildObservatory(root);
  if (!result.observatory) {
    console.error(checkReport(result, root).lines.join("\n"));
    console.error(messages.buildRefused());
    return 1;
  }
  handOverObservatory(result.observatory);
  try {
    await publishAtomically(root, "_site", async (stagingDir) => {
      const eleventy = new Eleventy(undefined, stagingDir, { configPath: ".eleventy.js", quietMode: true });
      // Eleventy would print its own English log and stack traces; failures are reported below, in French.
      eleventy.disableLogger();
      await eleventy.write();
    });
  } catch (error) {
    console.error(messages.buildFailed({ detail: error instanceof Error ? error.message : String(error) }));
    return 1;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(messages.buildPublished({ pages: countPages(result.observatory), seconds }));
  return 0;
});

function countPages(observatory: NonNullable<ReturnType<typeof buildObservatory>["observatory"]>): number {
  return observatory.dynamiques.length + observatory.visites.length + observatory.evenements.length + observatory.dossiers.length;
}
