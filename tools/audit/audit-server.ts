/**
 * Serves a built `_site/` on 127.0.0.1 for the audit the way a static host does: under its
 * path prefix, directory URLs answered by their index.html, unknown URLs by the 404 page,
 * and text compressed with gzip when the browser accepts it (every static host does; the
 * audit's simulated mobile network would otherwise measure uncompressed pages nobody gets).
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";
import { gzipSync } from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
  ".svg": "image/svg+xml",
  ".wasm": "application/wasm",
  ".csv": "text/csv; charset=utf-8",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
};
const COMPRESSED = /^(text\/|application\/(json|xml)|image\/svg)/;

export interface ServedSite {
  /** Full URL of a site path (`url("/recherche/?q=monnaie")`). */
  url(path: string): string;
  close(): Promise<void>;
}

function answer(siteDir: string, prefix: string, request: IncomingMessage, response: ServerResponse): void {
  const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
  if (!pathname.startsWith(prefix)) {
    response.writeHead(404).end();
    return;
  }
  let file = normalize(join(siteDir, pathname.slice(prefix.length)));
  if (file !== siteDir && !file.startsWith(siteDir + sep)) {
    response.writeHead(403).end();
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
  const found = existsSync(file);
  const type = TYPES[extname(file)] ?? "application/octet-stream";
  let body = readFileSync(found ? file : join(siteDir, "404.html"));
  const headers: Record<string, string> = { "content-type": found ? type : TYPES[".html"]!, "cache-control": "no-cache" };
  if (COMPRESSED.test(headers["content-type"]!) && /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""))) {
    body = gzipSync(body);
    headers["content-encoding"] = "gzip";
  }
  response.writeHead(found ? 200 : 404, headers).end(body);
}

export async function serveBuiltSite(siteDir: string, prefix: string): Promise<ServedSite> {
  const root = normalize(siteDir);
  const server = createServer((request, response) => answer(root, prefix, request, response));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (path) => `${origin}${prefix}${path.replace(/^\//, "")}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
