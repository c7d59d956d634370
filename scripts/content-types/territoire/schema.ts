import { z } from "zod";
import { plainSummary } from "../shared/fields.ts";
import { imageField } from "../shared/image.ts";
import { indicators } from "./indicator.ts";
import { issue } from "../../errors/catalogue.ts";

/** Scales with an official code in the French administrative geography. */
export const OFFICIAL_SCALES = ["commune", "epci", "departement", "region"] as const;
/** Groupings without a code of their own, located by the official codes they cover or sit in. */
export const GROUPING_SCALES = ["pays", "bassin-de-vie", "metropole", "quartier", "autre"] as const;
export const SCALES = [...OFFICIAL_SCALES, ...GROUPING_SCALES] as const;

export type Scale = (typeof SCALES)[number];
export type OfficialScale = (typeof OFFICIAL_SCALES)[number];

export function isOfficialScale(scale: Scale): scale is OfficialScale {
  return (OFFICIAL_SCALES as readonly string[]).includes(scale);
}

/** Rough boxes around metropolitan France (with Corsica) and the overseas territories. */
const FRANCE_BOXES: ReadonlyArray<readonly [number, number, number, number]> = [
  [41.3, 51.1, -5.2, 9.6], // métropole et Corse
  [15.8, 16.6, -61.9, -61.0], // Guadeloupe
  [14.3, 14.9, -61.3, -60.8], // Martinique
  [2.1, 5.8, -54.6, -51.6], // Guyane
  [-21.4, -20.8, 55.2, 55.9], // La Réunion
  [-13.1, -12.6, 44.9, 45.3], // Mayotte
  [46.7, 47.2, -56.5, -56.1], // Saint-Pierre-et-Miquelon
  [17.8, 18.2, -63.2, -62.7], // Saint-Martin et Saint-Barthélemy
  [-22.8, -19.5, 163.5, 168.2], // Nouvelle-Calédonie
  [-27.7, -7.8, -154.8, -134.4], // Polynésie française
  [-14.4, -13.2, -178.3, -176.1], // Wallis-et-Futuna
];

const location = z
  .strictObject({
    lat: z.number().min(-90).max(90).meta({ description: "Latitude WGS 84 (ex. 44.608)." }),
    lon: z.number().min(-180).max(180).meta({ description: "Longitude WGS 84 (ex. 2.031)." }),
  })
  .superRefine((point, ctx) => {
    const inFrance = FRANCE_BOXES.some(([s, n, w, e]) => point.lat >= s && point.lat <= n && point.lon >= w && point.lon <= e);
    if (!inFrance) ctx.addIssue(issue("locationOutsideFrance", {}));
  });

/** A territory: each one gets a dossier gathering everything known about it. */
export function territoireSchema() {
  return z
    .strictObject({
      // Official names can be one letter long (the commune of Y, in the Somme).
      title: z.string().trim().min(1).max(160).meta({ description: "Nom usuel du territoire (pour une commune, un EPCI, un département ou une région : son nom officiel)." }),
      scale: z.enum(SCALES).meta({
        description: "Échelle : commune, epci, departement, region, ou un regroupement : pays, bassin-de-vie, metropole, quartier, autre.",
      }),
      code: z
        .string()
        .trim()
        .min(1)
        .optional()
        .meta({ description: "Obligatoire pour commune, epci, departement et region. Code officiel, entre guillemets : commune (\"46102\"), SIREN d’EPCI (\"200067361\"), département (\"46\"), région (\"76\")." }),
      within: z
        .array(z.string().trim())
        .min(1)
        .optional()
        .meta({
          description: "Obligatoire pour un regroupement (et seulement pour lui) : codes officiels des communes, EPCI ou départements couverts, ou région précédée de « region: » (\"region:76\").",
        }),
      summary: plainSummary.meta({ description: "Résumé en texte brut (20 à 320 caractères)." }),
      location: location.optional().meta({ description: "Point WGS 84 pour la carte : { lat, lon } (ex. la mairie)." }),
      image: imageField,
      indicators: indicators.optional().meta({
        description:
          "Chiffres clés sourcés du territoire : une liste de { label, value, unit, year, source }, ex. label « Emplois salariés de l’ESS », value 1250, unit « emplois », year 2019, source { title, publisher, url }.",
      }),
      draft: z.boolean().optional().meta({ description: "true pour un brouillon : vérifié mais pas publié." }),
    })
    .superRefine((entry, ctx) => {
      if (isOfficialScale(entry.scale)) {
        if (entry.code === undefined) ctx.addIssue({ ...issue("codeRequired", { scale: entry.scale }), path: ["scale"] });
        if (entry.within !== undefined) ctx.addIssue({ ...issue("withinNotAllowed", {}), path: ["within"] });
      } else {
        if (entry.code !== undefined) ctx.addIssue({ ...issue("codeNotAllowed", { scale: entry.scale }), path: ["code"] });
        if (entry.within === undefined) ctx.addIssue({ ...issue("withinRequired", { scale: entry.scale }), path: ["scale"] });
      }
    });
}
