/**
 * `npm start [-- --port=8080 --host=127.0.0.1]`: the preview. Eleventy builds the site
 * into the preview's own folder (never `_site/`, which `npm run build` publishes), watches
 * the project and serves it with live reload, on this machine only unless `--host` says
 * otherwise; the preview session (scripts/preview/) makes each save re-read only the
 * changed files and render only the pages they change.
 */
import Eleventy from "@11ty/eleventy";
import { messages } from "../errors/catalogue.ts";
import { PREVIEW_OUTPUT_DIR, clearPreviewOutput } from "../preview/preview-output.ts";
import { configurePreview } from "../preview/preview-config.ts";
import { servePreviewWith } from "../preview/preview-dev-server.ts";
import { PreviewSession } from "../preview/preview-session.ts";
import { hostFrom } from "../preview/preview-host.ts";
import { readDatesAddedOncePerSession } from "../publish/dates-added.ts";
import { publicationDate } from "../publish/publication-date.ts";
import { checkReport } from "./check-report.ts";
import { runCommand } from "./run-command.ts";

const DEFAULT_PORT = 8080;

function portFrom(args: readonly string[]): number {
  const given = args.find((arg) => arg.startsWith("--port="))?.slice("--port=".length) ?? process.env["PORT"];
  const port = Number(given ?? DEFAULT_PORT);
  return Number.isInteger(port) && port > 0 && port < 65536 ? port : DEFAULT_PORT;
}

await runCommand(async () => {
  const args = process.argv.slice(2);
  const host = hostFrom(args);
  if (!host.ok) {
    console.error(messages.previewHostInvalid({ given: host.given }));
    return 1;
  }
  // With no valid version yet there is nothing to show: say what to fix, as `check` does.
  // The session is the one Eleventy's builds read their model from: the files read here are not read again.
  const session = new PreviewSession(process.cwd());
  const checked = session.check();
  if (checked.errors.length > 0) {
    console.error(checkReport(checked, process.cwd()).lines.join("\n"));
    console.error(messages.previewRefused());
    return 1;
  }
  // The edition's date is the last commit's (publication-date.ts): every read runs `git log`,
  // and a save reads it three times (the page planner, data/publication.ts, the feed), up to
  // 0,3 s of a save spent waiting for git on a busy machine. It changes only with a commit,
  // and a preview shows edits nobody has committed: read once for the session. So is the
  // history that dates the feed's entries (dates-added.ts, one more `git log` a save).
  process.env["OBSERVATOIRE_PUBLISHED_AT"] ??= publicationDate(process.cwd()).iso;
  readDatesAddedOncePerSession(process.cwd());
  clearPreviewOutput(process.cwd());
  const eleventy = new Eleventy(undefined, PREVIEW_OUTPUT_DIR, {
    configPath: ".eleventy.js",
    runMode: "serve",
    quietMode: true,
    // Runs again whenever Eleventy reloads its configuration, so the options and the model outlive a server restart.
    config: (config) => configurePreview(config, session, host.host),
  });
  // Eleventy's English progress lines give way to the preview's French ones (preview-session.ts);
  // its warnings and errors still show, since they point at a template to fix.
  eleventy.logger.overrideLogger({ log: () => undefined, info: () => undefined, warn: console.warn, error: console.error });
  await eleventy.init();
  servePreviewWith(eleventy);
  const queueChange = await eleventy.watch();
  // Eleventy's watcher rebuilds when a file is added or changed, not when one is deleted:
  // a deleted entry must leave the preview too.
  eleventy.watcher.on("unlink", (path) => void queueChange(path));
  await eleventy.serve(portFrom(args));
  const stop = async () => {
    await eleventy.stopWatch();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop());
  process.once("SIGTERM", () => void stop());
  return 0;
});
