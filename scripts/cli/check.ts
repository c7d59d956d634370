/**
 * `npm run check [--format=text|github|gitlab|json] [--output=<file>] [files…]`: validate the
 * content and tell the contributor, in French, what to fix; in GitHub Actions, also on the
 * lines of the pull request; for GitLab and other tools, in a report they read.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { messages } from "../errors/catalogue.ts";
import { refreshGuideNotice } from "../docs/refresh-guide.ts";
import { checkContent, validateContentInParallel } from "../pipeline/check-content.ts";
import { readCheckOptions } from "./check-options.ts";
import { checkReport } from "./check-report.ts";
import { isMachineFormat, renderReport } from "./report-formats/index.ts";
import { runCommand } from "./run-command.ts";

// Not awaited at the top level: the command is also bundled as CommonJS (run-bundled.ts),
// which has no top-level await; runCommand never rejects and sets the exit code itself.
void runCommand(async () => {
  const options = readCheckOptions(process.argv.slice(2), process.env);
  if ("problem" in options) {
    console.error(options.problem);
    return 2;
  }
  const root = process.cwd();
  const content = await validateContentInParallel(root);
  const report = checkReport(checkContent(content), root, options.files);
  // When stdout carries a report for a program, whatever is said to people goes to stderr.
  const machineOnStdout = options.output === undefined && isMachineFormat(options.format);
  const say = machineOnStdout ? console.error : console.log;

  const guide = refreshGuideNotice(root, content.vocabulary);
  if (guide !== undefined) say(guide);
  if (options.output === undefined) {
    process.stdout.write(renderReport(options.format, report));
    if (machineOnStdout) console.error(report.lines.join("\n"));
  } else {
    const path = resolve(root, options.output);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, renderReport(options.format, report));
    process.stdout.write(renderReport(options.format === "github" ? "github" : "text", report));
    say(messages.checkReportWritten({ format: options.format, path: options.output }));
  }
  return report.exitCode;
});
