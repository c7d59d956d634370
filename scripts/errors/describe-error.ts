/**
 * An unexpected error as one readable paragraph: its message and those of the errors
 * that caused it (Eleventy wraps the real cause in `originalError`), never a stack trace.
 */
export function describeError(error: unknown): string {
  const messages: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth += 1) {
    const message = current instanceof Error ? current.message : String(current);
    if (message && !messages.includes(message)) messages.push(message);
    const next = current as { originalError?: unknown; cause?: unknown };
    current = next.originalError ?? next.cause;
  }
  return messages.join(" — ");
}
