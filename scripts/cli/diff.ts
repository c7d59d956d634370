/**
 * `npm run diff -- <base> [--output=file.md]`: what the working tree changes on the site of
 * a git revision (pages added, changed, removed; entries each dossier gains or loses), in
 * French Markdown, for the summary of a pull request ($GITHUB_STEP_SUMMARY) or a terminal.
 */
import { writeFileSync } from "node:fs";
import { messages } from "../errors/catalogue.ts";
import { RevisionError } from "../review/base-revision.ts";
import { reviewReport } from "../review/review-report.ts";
import { runCommand } from "./run-command.ts";

interface DiffArguments {
  readonly revision: string;
  readonly output?: string;
}

function parseArguments(args: readonly string[]): DiffArguments | undefined {
  const outputs = args.filter((arg) => arg.startsWith("--output=")).map((arg) => arg.slice("--output=".length));
  const revisions = args.filter((arg) => !arg.startsWith("--"));
  if (revisions.length !== 1 || outputs.length > 1 || outputs.includes("") || revisions.length + outputs.length !== args.length) return undefined;
  return { revision: revisions[0] as string, ...(outputs[0] ? { output: outputs[0] } : {}) };
}

await runCommand(async () => {
  const options = parseArguments(process.argv.slice(2));
  if (!options) {
    console.error(messages.diffUsage());
    return 1;
  }
  let report: string;
  let exitCode = 0;
  try {
    report = await reviewReport(process.cwd(), options.revision);
  } catch (error) {
    if (!(error instanceof RevisionError)) throw error;
    // The summary says why there is no comparison, as the log does.
    report = `${messages.diffTitle()}\n\n✘ ${error.message}`;
    exitCode = 1;
  }
  console.log(report);
  if (options.output) writeFileSync(options.output, `${report}\n`);
  return exitCode;
});
