/**
 * Where the preview listens. It shows edits nobody has published yet, through a development
 * server that was never meant to face a network, so it stays on this machine (127.0.0.1)
 * unless the contributor names another address with `--host=…`.
 */
import { isIP } from "node:net";

export const DEFAULT_HOST = "127.0.0.1";

export type HostChoice = { readonly ok: true; readonly host: string } | { readonly ok: false; readonly given: string };

/**
 * The `--host=` argument, or the loopback address. Only an IP address is taken: a host name
 * may resolve to several addresses, or to a public one, where an address says exactly where.
 */
export function hostFrom(args: readonly string[]): HostChoice {
  const given = args.find((arg) => arg.startsWith("--host="))?.slice("--host=".length);
  if (given === undefined) return { ok: true, host: DEFAULT_HOST };
  return isIP(given) === 0 ? { ok: false, given } : { ok: true, host: given };
}

/** Reachable from this machine only: 127.0.0.0/8 or ::1. */
export function isLoopback(host: string): boolean {
  return host.startsWith("127.") || host === "::1";
}

/**
 * The address to open in a browser, from the server's `http://localhost:<port>/…`: the
 * address listened on, so that the line printed is where the preview really is; for an
 * « every interface » address (0.0.0.0, ::), this machine's name, which reaches it.
 */
export function previewUrl(localhostUrl: string, host: string): string {
  const url = new URL(localhostUrl);
  if (host === "0.0.0.0" || host === "::") return url.href;
  url.hostname = isIP(host) === 6 ? `[${host}]` : host;
  return url.href;
}
