/**
 * The command line of `npm run check`: the files to check, the report's format and where
 * to write it. These options are an interface other tools rely on (CI workflows,
 * `npm run diff`): `--format=text|github|gitlab|json`, `--output=<file>`, and annotations
 * switched on by `GITHUB_ACTIONS=true`.
 */
import { messages } from "../errors/catalogue.ts";
import { closestMatch } from "../text/suggest.ts";

export const REPORT_FORMATS = ["text", "github", "gitlab", "json"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface CheckOptions {
  readonly format: ReportFormat;
  /** Where the report in `format` goes; the terminal then gets the text report. */
  readonly output?: string | undefined;
  readonly files: readonly string[];
}

const OPTIONS = ["--format", "--output"] as const;
const EXAMPLES: Record<(typeof OPTIONS)[number], string> = { "--format": "json", "--output": "rapport.json" };

function isFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

/**
 * Reads `--format=json` and `--format json` alike. Without `--format`, a run inside GitHub
 * Actions (`GITHUB_ACTIONS=true`, set by the runner) annotates the pull request's lines;
 * `--format=text` turns that off.
 */
export function readCheckOptions(args: readonly string[], env: NodeJS.ProcessEnv): CheckOptions | { readonly problem: string } {
  const given: Partial<Record<(typeof OPTIONS)[number], string>> = {};
  const files: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const argument = args[index] as string;
    if (argument === "--") continue;
    if (!argument.startsWith("--")) {
      files.push(argument);
      continue;
    }
    const equals = argument.indexOf("=");
    const name = equals < 0 ? argument : argument.slice(0, equals);
    const option = OPTIONS.find((known) => known === name);
    if (!option) return { problem: messages.checkUnknownOption({ option: name, suggestion: closestMatch(name, OPTIONS) }) };
    let value = equals < 0 ? args[index + 1] : argument.slice(equals + 1);
    if (equals < 0) {
      // `--output` followed by another option, or by nothing, has no value.
      if (value === undefined || value.startsWith("--")) value = "";
      else index += 1;
    }
    if (value === "") return { problem: messages.checkOptionWithoutValue({ option, example: EXAMPLES[option] }) };
    given[option] = value;
  }
  const format = given["--format"] ?? (env["GITHUB_ACTIONS"] === "true" ? "github" : "text");
  if (!isFormat(format)) return { problem: messages.checkUnknownFormat({ format, suggestion: closestMatch(format, REPORT_FORMATS) }) };
  return { format, output: given["--output"], files };
}
