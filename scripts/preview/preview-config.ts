/**
 * What the preview adds to Eleventy's configuration (scripts/eleventy/configure.ts), from
 * the callback start.ts passes to `new Eleventy(…, { config })`, which Eleventy runs again
 * whenever it reloads its configuration: the server options, the session's model as the
 * templates' `observatoire`, and the two moments the session follows.
 */
import { resolve } from "node:path";
import type { EleventyUserConfig } from "@11ty/eleventy";
import { provideObservatory } from "../eleventy/observatory-data.ts";
import { previewServerOptions } from "./preview-dev-server.ts";
import type { PreviewSession } from "./preview-session.ts";

export function configurePreview(config: EleventyUserConfig, session: PreviewSession, host: string): void {
  config.setServerOptions(previewServerOptions(host, () => session.currentErrors()));
  // Called once per rebuild (observatory-data.ts): each save reads the changed files again.
  provideObservatory(config, () => session.observatory());
  // The preview renders only what changed: it needs to know what the watcher saw, and when pages are written.
  config.on("eleventy.beforeWatch", (changed) => session.noteChanges(changed));
  // `directories.output` is the folder Eleventy writes to (the preview's own, see start.ts);
  // the older `dir.output` is the configuration's default, `_site`, whatever the folder.
  config.on("eleventy.after", ({ directories }) => session.pagesWritten(resolve(directories.output)));
}
