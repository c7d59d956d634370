/**
 * An unexpected error as one readable paragraph: its message and those of the errors
 * that caused it (Eleventy wraps the real cause in `originalError`), never a stack trace.
 * A system error (full disk, refused access, a busy folder…) is said in French, and the
 * English wrappers around it, which only repeat it, are left out.
 */
import { isAbsolute, relative } from "node:path";
import { messages } from "./catalogue.ts";

/** An error whose message is already a French sentence for the reader, kept as it is. */
export class ExplainedError extends Error {}

export function describeError(error: unknown): string {
  const chain = causes(error);
  const systemError = chain.find(isSystemError);
  if (systemError) {
    const explained = chain.slice(0, chain.indexOf(systemError)).filter((link) => link instanceof ExplainedError);
    return [...explained.map((link) => link.message), describeSystemError(systemError)].join(" — ");
  }
  const texts: string[] = [];
  for (const link of chain) {
    const text = link instanceof Error ? link.message : String(link);
    if (text && !texts.includes(text)) texts.push(text);
  }
  return texts.join(" — ");
}

function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth += 1) {
    chain.push(current);
    const next = current as { originalError?: unknown; cause?: unknown };
    current = next.originalError ?? next.cause;
  }
  return chain;
}

/** Node's errors from the operating system carry the failed call and its code (`ENOSPC`, `EACCES`…). */
function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  const candidate = error as NodeJS.ErrnoException | null;
  return typeof candidate?.code === "string" && /^E[A-Z0-9]+$/.test(candidate.code) && typeof candidate.syscall === "string";
}

function describeSystemError(error: NodeJS.ErrnoException & { dest?: string }): string {
  return messages.fileSystemError({
    code: error.code ?? "",
    path: error.path === undefined ? undefined : shown(error.path),
    dest: error.dest === undefined ? undefined : shown(error.dest),
  });
}

/** Paths inside the project as the contributor types them, relative to it. */
function shown(path: string): string {
  const inside = relative(process.cwd(), path);
  return inside && !inside.startsWith("..") && !isAbsolute(inside) ? inside : path;
}
