/**
 * The date a build is published under. It is the one moment a build records, so it
 * must not make two builds of the same content differ: it is the date of the last
 * commit (or `OBSERVATOIRE_PUBLISHED_AT` when set), not the clock.
 */
import { execFileSync } from "node:child_process";
import { DateTime } from "luxon";
import { TIME_ZONE } from "../dates/partial-date.ts";

export interface PublicationDate {
  readonly iso: string;
  /** « 23 novembre 2026 » */
  readonly label: string;
}

function lastCommitDate(root: string): string | undefined {
  try {
    return execFileSync("git", ["log", "-1", "--format=%cI"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim() || undefined;
  } catch {
    // Not a git checkout (a downloaded archive): the clock is then the only date there is.
    return undefined;
  }
}

export function publicationDate(root: string, env: NodeJS.ProcessEnv = process.env): PublicationDate {
  const source = env["OBSERVATOIRE_PUBLISHED_AT"] ?? lastCommitDate(root);
  const date = (source ? DateTime.fromISO(source) : DateTime.now()).setZone(TIME_ZONE).setLocale("fr");
  const day = date.day === 1 ? "1er" : String(date.day);
  return { iso: date.toISO() ?? "", label: `${day} ${date.toFormat("LLLL yyyy")}` };
}
