/**
 * The validated model handed to Eleventy through `data/observatoire.ts`. `npm run build`
 * builds it once, after its own check, and hands it over here; the preview (`npm start`)
 * builds it afresh on every change and, when the content has errors, says so in French
 * and keeps showing the last valid version rather than a broken site.
 */
import { messages } from "../errors/catalogue.ts";
import { formatError } from "../errors/content-error.ts";
import type { Observatory } from "../model/types.ts";
import { buildObservatory } from "../pipeline/build-observatory.ts";

let handedOver: Observatory | undefined;
let lastValid: Observatory | undefined;

export function handOverObservatory(observatory: Observatory | undefined): void {
  handedOver = observatory;
}

export function observatoryForEleventy(root: string): Observatory {
  if (handedOver) return handedOver;
  const result = buildObservatory(root);
  if (result.observatory) {
    lastValid = result.observatory;
    return result.observatory;
  }
  const report = [
    ...result.errors.map(formatError),
    messages.checkFailed({ errors: result.errors.length, files: new Set(result.errors.map((e) => e.file)).size }),
  ].join("\n");
  if (lastValid) {
    console.error(`${report}\n${messages.previewKeptPrevious()}`);
    return lastValid;
  }
  // No valid version to show yet: stop here, with the contributor's errors and nothing else.
  const error = new Error(report);
  error.stack = report;
  throw error;
}
