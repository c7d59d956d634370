/**
 * The validated model of a project folder, made by the pipeline as `npm run build` makes it
 * (files validated, texts rendered on every core, then resolved and aggregated).
 */
import { type PipelineResult, completeObservatory, validateContentInParallel } from "../pipeline/build-observatory.ts";
import { renderInParallel } from "../render/render-pool.ts";

export async function siteModel(root: string): Promise<PipelineResult> {
  const content = await validateContentInParallel(root);
  // Content with errors is never rendered: there is no model to compare.
  const rendering = content.errors.length === 0 ? await renderInParallel(content.valid) : undefined;
  return completeObservatory(content, { rendering });
}
