/** Fields shared by dynamiques, visites and evenements, described for contributors. */
import { z } from "zod";
import type { Vocabulary } from "../vocabulary.ts";
import { draft, nameList, plainSummary, slugList, sources, title } from "./fields.ts";
import { imageField } from "./image.ts";
import { issue } from "../../errors/catalogue.ts";
import { closestMatch } from "../../text/suggest.ts";

export function themeList(vocabulary: Vocabulary) {
  const known = Object.keys(vocabulary.themes);
  return z.array(
    z.string().superRefine((value, ctx) => {
      if (!known.includes(value)) ctx.addIssue(issue("unknownTheme", { value, suggestion: closestMatch(value, known) }));
    }),
  );
}

export function commonEntryFields(vocabulary: Vocabulary) {
  return {
    title: title.meta({ description: "Titre de la fiche (3 à 160 caractères)." }),
    summary: plainSummary.meta({
      description: "Résumé en texte brut (20 à 320 caractères), affiché dans les listes, la recherche et les flux.",
    }),
    territory: slugList.meta({
      description: "Territoire(s) concerné(s) : nom(s) de fichier de content/territoires/, sans « .md ».",
    }),
    themes: themeList(vocabulary)
      .optional()
      .meta({ description: "Thèmes, choisis dans data/themes.json." }),
    actors: nameList.optional().meta({
      description: "Organisations impliquées (ex. « REGAIN », « IUT de Figeac »).",
    }),
    sources: sources.meta({
      description: "Sources (au moins une) : title, et si possible url (http ou https), publisher et date.",
    }),
    image: imageField,
    draft: draft.optional().meta({ description: "true pour un brouillon : vérifié mais pas publié." }),
  };
}
