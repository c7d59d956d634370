/**
 * A middleware for Eleventy's development server (`setServerOptions({ middleware })`).
 * The server decodes each request path itself and throws on one it cannot decode (`/%`,
 * `/%ff`) or that leaves the folder it serves (`/..%2fpackage.json`). It throws inside an
 * asynchronous request handler that nothing catches, so a single such request used to end
 * `npm start`. This middleware runs before the server maps the path to a file: it answers
 * 400 to those paths, and turns anything else the server throws into a 500 and a line in
 * the terminal instead of a stopped preview.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { messages } from "../errors/catalogue.ts";
import { describeError } from "../errors/describe-error.ts";

export async function guardRequests(request: IncomingMessage, response: ServerResponse, next: () => unknown): Promise<void> {
  const url = request.url ?? "";
  if (!isServablePath(url)) {
    answer(response, 400, messages.previewBadRequest());
    return;
  }
  try {
    // The server's own handler is synchronous today; awaiting it also covers a later asynchronous one.
    await next();
  } catch (error) {
    console.error(messages.previewRequestFailed({ url, detail: describeError(error) }));
    if (response.headersSent) response.destroy();
    else answer(response, 500, messages.previewRequestFailedBody());
  }
}

/**
 * Whether the server can map this path to a file of the preview folder: it parses it as a
 * URL, which resolves dot segments (`/a/../b`, `/%2e%2e/b`), then decodes it whole.
 */
export function isServablePath(url: string): boolean {
  let pathname: string;
  try {
    pathname = new URL(url, "http://localhost/").pathname;
  } catch (error) {
    // `//` and the like are not paths at all.
    if (error instanceof TypeError) return false;
    throw error;
  }
  return pathname.split("/").every(isServableSegment);
}

function isServableSegment(segment: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch (error) {
    // A `%` not followed by two hex digits, or bytes that are not UTF-8.
    if (error instanceof URIError) return false;
    throw error;
  }
  // Dot segments and separators that appear only once decoded escape the URL parser's
  // normalisation, and would move the file path once the server decodes it.
  return decoded !== "." && decoded !== ".." && !/[/\\\0]/.test(decoded);
}

function answer(response: ServerResponse, status: number, text: string): void {
  response.statusCode = status;
  response.setHeader("Content-Type", "text/plain; charset=utf-8");
  response.end(`${text}\n`);
}
