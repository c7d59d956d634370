import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { oneAnswer } from "../../scripts/workers/one-answer.ts";

const worker = (code: string) => new Worker(code, { eval: true });

describe("oneAnswer", () => {
  it("resolves with the worker's first answer to the message, then stops the worker", async () => {
    const echo = worker('const { parentPort } = require("node:worker_threads"); parentPort.on("message", (n) => parentPort.postMessage(n * 2));');
    const stopped = new Promise((resolve) => echo.once("exit", resolve));
    await expect(oneAnswer<number>(echo, 21, "Le calcul")).resolves.toBe(42);
    await stopped;
  });

  it("fails with the worker's error", async () => {
    await expect(oneAnswer(worker('throw new Error("panne du fil")'), 1, "Le calcul")).rejects.toThrow("panne du fil");
  });

  it("fails in French, naming the task, when the worker exits without answering", async () => {
    await expect(oneAnswer(worker("process.exit(3)"), 1, "La validation")).rejects.toThrow("La validation s’est arrêté sans résultat (code 3)");
  });
});
