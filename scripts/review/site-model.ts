/**
 * The validated model of a project folder, made by the pipeline as `npm run build` makes it
 * (files validated, texts rendered on every core, then resolved and aggregated).
 */
import { contentOnDiskInParallel } from "../pipeline/content-sources.ts";
import { type PipelineResult, runPipeline } from "../pipeline/pipeline.ts";

export function siteModel(root: string): Promise<PipelineResult> {
  return runPipeline(contentOnDiskInParallel(root));
}
