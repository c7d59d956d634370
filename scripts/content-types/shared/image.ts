/**
 * The `image` field of entries and territories (CONTENT-MODEL.md, « Images »): one definition
 * for the four types. The schema checks the form of `src`; whether the file exists in
 * `content/medias/` is checked with the other references (scripts/media/media-references.ts).
 */
import { z } from "zod";
import { issue } from "../../errors/catalogue.ts";
import { MEDIA_NAME_PATTERN, isRemoteReference, mediaNameOf } from "../../files/media-files.ts";

/** `oxalis.jpg` or `../medias/oxalis.jpg`, read as the media name `oxalis.jpg`. */
const mediaSource = z
  .string()
  .trim()
  .min(1)
  .superRefine((value, ctx) => {
    if (isRemoteReference(value)) ctx.addIssue(issue("remoteImageField", { value }));
    else if (!MEDIA_NAME_PATTERN.test(mediaNameOf(value) ?? "")) ctx.addIssue(issue("invalidImageSource", { value }));
  })
  .transform((value) => mediaNameOf(value) as string);

export const image = z.strictObject({
  src: mediaSource.meta({ description: "Nom du fichier dans content/medias/ (ex. « facade.jpg »)." }),
  alt: z
    .string()
    .trim()
    .min(5)
    .max(250)
    .meta({ description: "Texte de remplacement (5 à 250 caractères) : ce que montre l’image, pour qui ne la voit pas." }),
  credit: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .meta({ description: "Auteur et licence (ex. « Photo : Marie Dupont, CC BY 4.0 »)." }),
});

export const imageField = image.optional().meta({
  description:
    "Image en tête de page et pour les partages : { src, alt, credit } ; src : nom d’un fichier de content/medias/ ; alt : ce que montre l’image (5 à 250 caractères) ; credit : auteur et licence.",
});
