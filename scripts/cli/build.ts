/**
 * `npm run build`: check the content, then render the whole site into a staging
 * folder and publish it as `_site/` only if everything succeeded.
 */
import { messages } from "../errors/catalogue.ts";
import { describeError } from "../errors/describe-error.ts";
import { writeEveryPage } from "../eleventy/write-pages.ts";
import { contentOnDiskInParallel } from "../pipeline/content-sources.ts";
import { runPipeline } from "../pipeline/pipeline.ts";
import { holdBuildLock } from "../publish/build-lock.ts";
import { readSiteSettings } from "../publish/site-settings.ts";
import { type PublishReport, publishSite, stagedSite } from "../publish/publish-site.ts";
import { checkReport } from "./check-report.ts";
import { refreshGuideNotice } from "../docs/refresh-guide.ts";
import { PhaseTimer } from "../pipeline/phase-timer.ts";
import { runCommand } from "./run-command.ts";
import type { Observatory } from "../model/types.ts";

await runCommand(async () => {
  const root = process.cwd();
  // One build of this folder at a time, from the first file read to the publication.
  if (!(await holdBuildLock(root))) return 1;
  const started = performance.now();
  const timer = new PhaseTimer();
  // Files validated and texts rendered on every core; content with errors is never rendered.
  const result = await runPipeline(contentOnDiskInParallel(root), { timer });
  // CONTRIBUTING.md's tables follow data/ (a theme just added): the build updates them and says so.
  const guide = refreshGuideNotice(root, result.vocabulary);
  if (guide !== undefined) console.log(guide);
  if (!result.observatory) {
    console.error(checkReport(result, root).lines.join("\n"));
    console.error(messages.buildRefused());
    return 1;
  }
  const observatory = result.observatory;
  const site = readSiteSettings(root);
  let report: PublishReport;
  try {
    report = await publishSite({ observatory, vocabulary: result.vocabulary }, stagedSite(root, "_site"), {
      pages: (siteDir) => writeEveryPage(siteDir, observatory),
      offline: { base: site.pathPrefix, settings: site.offline },
      timer,
    });
  } catch (error) {
    console.error(messages.buildFailed({ detail: describeError(error) }));
    return 1;
  }
  timer.writeIfRequested();
  // Formatted by the catalogue, with a decimal comma: « en 2,2 s ».
  const seconds = (performance.now() - started) / 1000;
  console.log(messages.buildPublished({ pages: countPages(observatory), seconds }));
  console.log(messages.searchIndexed({ pages: report.search.pages }));
  if (report.offline) {
    const { precachedBytes, totalBytes, precachedFiles } = report.offline;
    console.log(messages.offlinePrecached({ precachedBytes, totalBytes, files: precachedFiles }));
  }
  return 0;
});

function countPages(observatory: Observatory): number {
  return observatory.dynamiques.length + observatory.visites.length + observatory.evenements.length + observatory.dossiers.length;
}
