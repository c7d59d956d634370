/** `npm run check [files…]`: validate the content and tell the contributor, in French, what to fix. */
import { completeObservatory, validateContentInParallel } from "../pipeline/build-observatory.ts";
import { checkReport } from "./check-report.ts";
import { runCommand } from "./run-command.ts";

await runCommand(async () => {
  const root = process.cwd();
  const content = await validateContentInParallel(root);
  const report = checkReport(completeObservatory(content, { purpose: "check" }), root, process.argv.slice(2));
  console.log(report.lines.join("\n"));
  return report.exitCode;
});
