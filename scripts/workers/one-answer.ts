/**
 * Sends one message to a worker thread and resolves with its one answer, then stops it.
 * A worker that fails, or stops without answering, rejects: a command never waits forever.
 */
import type { Worker } from "node:worker_threads";

export function oneAnswer<Answer>(worker: Worker, message: unknown, task: string): Promise<Answer> {
  const reply = new Promise<Answer>((resolve, reject) => {
    let answered = false;
    worker.once("message", (answer: Answer) => {
      answered = true;
      resolve(answer);
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (!answered) reject(new Error(`${task} s’est arrêté sans résultat (code ${code})`));
    });
  });
  // Posted outside the callbacks above, which live until the worker answers: the message
  // (a build's search documents, 110 MB) is copied to the worker and not kept here.
  worker.postMessage(message);
  return reply;
}
