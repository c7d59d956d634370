/**
 * Eleventy's development server, listening on one address only. The server
 * (@11ty/eleventy-dev-server 2.1) has no host option: it calls `listen({ port })`, which
 * opens every interface of the machine (11ty/dev-server#128, still open). Eleventy picks its
 * server only by a package name under node_modules (`setServerOptions({ module })`), so the
 * preview hands Eleventy this subclass where it looks the server up; that lookup also runs
 * when Eleventy restarts its server after a configuration change, so no restart reopens
 * every interface. The address comes from the server options (`host`), the name the
 * upstream issue proposes.
 */
import type { Server } from "node:http";
import { createRequire } from "node:module";
import type Eleventy from "@11ty/eleventy";
import { messages } from "../errors/catalogue.ts";
import type { ContentError } from "../errors/content-error.ts";
import { DEFAULT_HOST, isLoopback, previewUrl } from "./preview-host.ts";
import { guardRequests } from "./request-guard.ts";
import { serveErrorBanner } from "./serve-error-banner.ts";

interface DevServer {
  readonly options: { readonly host?: string };
  readonly server: Server;
  _serverListen(port: number): void;
}
type DevServerClass = new (name: string, dir: string, options: object) => DevServer;

// The copy Eleventy itself loads, whichever version it depends on.
const requireFromEleventy = createRequire(createRequire(import.meta.url).resolve("@11ty/eleventy"));
const EleventyDevServer = requireFromEleventy("@11ty/eleventy-dev-server") as DevServerClass;

export class PreviewDevServer extends EleventyDevServer {
  // Eleventy creates its server through this static method; the parent's builds the parent.
  static getServer(name: string, dir: string, options: object): PreviewDevServer {
    return new PreviewDevServer(name, dir, options);
  }

  // Also called with the next port when one is taken, so every attempt keeps the address.
  override _serverListen(port: number): void {
    this.server.listen({ port, host: this.options.host ?? DEFAULT_HOST });
  }
}

/** Makes `eleventy.serve()` use PreviewDevServer; call it after `eleventy.init()`. */
export function servePreviewWith(eleventy: Eleventy): void {
  // Fail loudly if an upgrade renames either method: the preview would otherwise open every
  // interface again without a word.
  const serve = (eleventy as unknown as { eleventyServe?: { getServerModule?: unknown } }).eleventyServe;
  if (typeof serve?.getServerModule !== "function" || typeof EleventyDevServer.prototype._serverListen !== "function") {
    throw new Error("this Eleventy no longer lets the preview choose the address its server listens on (getServerModule, _serverListen)");
  }
  serve.getServerModule = async () => PreviewDevServer;
}

/**
 * The server options of the preview: the address to listen on, the request guard, the
 * banner of the content's errors (`currentErrors`), and the preview's French start-up line
 * in place of the server's English one.
 */
export function previewServerOptions(host: string, currentErrors: () => readonly ContentError[]): object {
  return {
    host,
    middleware: [guardRequests, serveErrorBanner(currentErrors)],
    // A changed template's pages used to be patched into the open tab from their files
    // (morphdom), which would drop the error banner; a reload serves them with it.
    domDiff: false,
    messageOnStart: ({ localhostUrl }: { localhostUrl: string }) => {
      console.log(messages.previewServing({ url: previewUrl(localhostUrl, host), host, local: isLoopback(host) }));
      return false;
    },
  };
}
