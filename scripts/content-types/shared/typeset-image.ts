/** The `image` field of every type as readers see it (content-types/shared/image.ts gives its rules). */
import type { TextRendering, ValidFile } from "../../model/content-files.ts";
import type { PageImage } from "../../model/page.ts";

/** Its texts typeset; nothing when the file gives none. */
export function imageOf(image: ValidFile["data"]["image"], render: TextRendering): { image?: PageImage } {
  if (image === undefined) return {};
  const { src, alt, credit } = image;
  return { image: { src, alt: render.text(alt), ...(credit === undefined ? {} : { credit: render.text(credit) }) } };
}
