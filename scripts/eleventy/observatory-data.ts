/**
 * The validated model handed to Eleventy through `data/observatoire.ts`. `npm run build`
 * builds it once, after its own check, and hands it over here; the preview
 * (`npm start`) builds it afresh on every change.
 */
import { messages } from "../errors/catalogue.ts";
import { formatError } from "../errors/content-error.ts";
import type { Observatory } from "../model/types.ts";
import { buildObservatory } from "../pipeline/build-observatory.ts";

let handedOver: Observatory | undefined;

export function handOverObservatory(observatory: Observatory | undefined): void {
  handedOver = observatory;
}

export function observatoryForEleventy(root: string): Observatory {
  if (handedOver) return handedOver;
  const result = buildObservatory(root);
  if (!result.observatory) {
    throw new Error(
      [...result.errors.map(formatError), messages.checkFailed({ errors: result.errors.length, files: new Set(result.errors.map((e) => e.file)).size })].join("\n"),
    );
  }
  return result.observatory;
}
