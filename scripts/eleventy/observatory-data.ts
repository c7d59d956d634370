/**
 * The validated model handed to Eleventy through `data/observatoire.ts`. `npm run build`
 * builds it once, after its own check, hands it over here and renders every page; the
 * preview (`npm start`) keeps one session per project that updates it from the changed
 * files only, renders only the pages whose data changed, and, when the content has
 * errors, says so in French and keeps showing the last valid version.
 */
import { everyPage } from "../model/page-sets.ts";
import type { Observatory } from "../model/types.ts";
import { PreviewSession, type PublishedObservatory } from "../preview/preview-session.ts";

let handedOver: Observatory | undefined;
const sessions = new Map<string, PreviewSession>();

export function handOverObservatory(observatory: Observatory | undefined): void {
  handedOver = observatory;
}

export function previewSession(root: string): PreviewSession {
  let session = sessions.get(root);
  if (!session) {
    session = new PreviewSession(root);
    sessions.set(root, session);
  }
  return session;
}

export function observatoryForEleventy(root: string): PublishedObservatory {
  if (handedOver) return { ...handedOver, pages: everyPage(handedOver) };
  return previewSession(root).observatory();
}
