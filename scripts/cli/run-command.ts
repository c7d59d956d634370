/**
 * Runs a command's body so that a contributor never sees a stack trace: expected
 * failures set the exit code themselves; anything unexpected is reported in French.
 */
import { messages } from "../errors/catalogue.ts";
import { describeError } from "../errors/describe-error.ts";

export async function runCommand(body: () => Promise<number> | number): Promise<void> {
  try {
    process.exitCode = await body();
  } catch (error) {
    const detail = describeError(error);
    console.error(messages.internalError({ detail }));
    if (process.env["DEBUG"]) console.error(error);
    process.exitCode = 2;
  }
}
