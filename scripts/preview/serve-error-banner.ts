/**
 * A middleware for the preview's development server (`setServerOptions({ middleware })`):
 * while the content has errors, every HTML page it serves carries the error banner
 * (error-banner.ts). The banner is added to the response as it leaves, never written into
 * the page's file: a page keeps being the last valid version, no page is rendered again
 * for an error or its fix, and the next load after the fix shows no banner. The server
 * reads a page whole and ends the response with it as one string (and a live reload
 * loads the page again), which is where the banner goes in.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ContentError } from "../errors/content-error.ts";
import { errorBanner, withErrorBanner } from "./error-banner.ts";

type Middleware = (request: IncomingMessage, response: ServerResponse, next: () => unknown) => unknown;

/** `currentErrors` is asked at each page served: the errors of the content as last read. */
export function serveErrorBanner(currentErrors: () => readonly ContentError[]): Middleware {
  return (_request, response, next) => {
    const end = response.end;
    // `end` has several signatures; only the page's text, first argument, is looked at.
    response.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
      if (typeof chunk === "string" && isHtml(response)) {
        const errors = currentErrors();
        if (errors.length > 0) chunk = withErrorBanner(chunk, errorBanner(errors));
      }
      return (end as (...args: unknown[]) => ServerResponse).call(this, chunk, ...rest);
    } as ServerResponse["end"];
    // Returned so that a failure of the server reaches the request guard in front (request-guard.ts).
    return next();
  };
}

function isHtml(response: ServerResponse): boolean {
  return String(response.getHeader("Content-Type") ?? "").startsWith("text/html");
}
