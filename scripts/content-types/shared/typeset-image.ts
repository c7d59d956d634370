/** The `image` field of every type as readers see it (content-types/shared/image.ts gives its rules). */
import type { TextRendering, ValidFile } from "../../model/content-files.ts";

/**
 * Its texts typeset; nothing when the file gives none. The model's `PageImage` is the image this
 * returns: `src`, its file name in `content/medias/` (`oxalis.jpg`), `alt`, and `credit`, the
 * author and licence shown under it.
 */
export function imageOf(image: ValidFile["data"]["image"], render: TextRendering) {
  if (image === undefined) return {};
  const { src, alt, credit } = image;
  return { image: { src, alt: render.text(alt), ...(credit === undefined ? {} : { credit: render.text(credit) }) } };
}
