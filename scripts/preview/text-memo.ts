/** Contributor text rendered once per distinct text for the preview (see generational-memo.ts). */
import type { TextRendering } from "../pipeline/resolve.ts";
import { renderBody, typesetText } from "../render/contributor-text.ts";
import { GenerationalMemo } from "./generational-memo.ts";

export class TextMemo {
  readonly #bodies = new GenerationalMemo(renderBody);
  readonly #texts = new GenerationalMemo(typesetText);

  /** The rendering for one rebuild; texts it does not ask for are forgotten at the next. */
  rendering(): TextRendering {
    this.#bodies.nextGeneration();
    this.#texts.nextGeneration();
    return { body: (file) => this.#bodies.get(file.body), text: (text) => this.#texts.get(text) };
  }
}
