/** A worker thread of the render pool: renders the bodies and texts it is sent, in order. */
import { parentPort } from "node:worker_threads";
import { renderBody, typesetText } from "./contributor-text.ts";

export interface TextBatch {
  readonly bodies: readonly string[];
  readonly texts: readonly string[];
}

parentPort?.on("message", (batch: TextBatch) => {
  parentPort?.postMessage({ bodies: batch.bodies.map(renderBody), texts: batch.texts.map(typesetText) } satisfies TextBatch);
});
