/**
 * Every message a contributor can read from `npm run check`, in one place, so that
 * their wording stays consistent and is pinned by tests. Messages are French, say
 * what is wrong, then what to do.
 */

import { type InvisibleKind, characterLabel, invisibleKind, visibleText } from "../text/invisible-characters.ts";
import { isoDateSuggestion } from "./date-suggestion.ts";
import { agree, countOf, decimal, ofName, plural, withOneDecimal } from "./french-grammar.ts";

/** Decimal megabytes, as the sizes of published files are told (« 1,9 Mo »). */
const megabytes = (bytes: number): string => decimal(bytes / 1_000_000);

const NBSP = "\u00a0";
/** Narrow no-break space, before « ; ! ? ». */
const NNBSP = "\u202f";

/**
 * French quotation marks with their non-breaking spaces. Every value a message quotes goes
 * through here, so this is where control and invisible characters are made visible (`<U+001B>`):
 * a value can never send an escape sequence to the terminal or turn a message around.
 */
export function quote(text: string): string {
  return `«${NBSP}${visibleText(text)}${NBSP}»`;
}

/** What an unwelcome character does, by kind. */
const INVISIBLE_KINDS: Record<InvisibleKind, string> = {
  control:
    "un caractère de contrôle, invisible à l’écran, qui n’a pas sa place ici (il peut rendre le flux Atom illisible ou brouiller l’affichage d’un terminal)",
  noncharacter: "un non-caractère Unicode, interdit dans une page web ou un flux",
  surrogate: "une moitié de caractère, qui n’en est pas un à elle seule",
  bidi: "un caractère invisible qui change le sens d’affichage du texte et peut faire lire autre chose que ce qui est écrit",
  invisible: "un caractère invisible qui fait de deux textes identiques à l’écran deux textes différents pour le site",
};

/** `« U+202E (forçage droite-à-gauche) », un caractère invisible qui …`, then what to do. */
function invisibleCharacter(codePoint: number, excerpt: string): string {
  const what = INVISIBLE_KINDS[invisibleKind(codePoint) ?? "invisible"];
  const fix =
    codePoint === 0x09
      ? "Remplacez-le par une espace."
      : codePoint === 0x0a
        ? "Écrivez la valeur sur une seule ligne."
        : "Supprimez ce caractère invisible (effacez et retapez ce passage si votre éditeur ne le montre pas).";
  return `${quote(characterLabel(codePoint))}, ${what}${NBSP}: ${quote(excerpt)}. ${fix}`;
}

function didYouMean(suggestion: string | undefined): string {
  return suggestion === undefined ? "" : ` Vouliez-vous dire ${quote(suggestion)}${NBSP}?`;
}

/** « aucune commune », « aucun EPCI »: the names of official levels, as the geography messages give them. */
function noneOf(level: string): string {
  return `${["commune", "région"].includes(level) ? "aucune" : "aucun"} ${level}`;
}

/** « Code d’Annecy : "74010". », the code of the place the title names. */
function codeOf(place: { readonly name: string; readonly code: string } | undefined): string | undefined {
  return place && `Code ${ofName(place.name)}${NBSP}: "${place.code}".`;
}

/** « la commune », « l’EPCI », « le département », « la région ». */
export const OFFICIAL_LEVELS = {
  commune: { name: "commune", names: "communes", the: "la commune" },
  epci: { name: "EPCI", names: "EPCI", the: "l’EPCI" },
  departement: { name: "département", names: "départements", the: "le département" },
  region: { name: "région", names: "régions", the: "la région" },
} as const;

/**
 * What a system error means, and what to do when something can be done, by Node's error code.
 * A clause without a final period: callers put it inside their own sentence.
 */
const FILE_SYSTEM_ERRORS: Record<string, { readonly what: string; readonly fix?: string }> = {
  ENOSPC: { what: "le disque est plein", fix: "libérez de la place sur le disque, puis relancez la commande" },
  EDQUOT: { what: "votre quota d’espace disque est atteint", fix: "libérez de la place, puis relancez la commande" },
  EACCES: { what: "accès refusé", fix: "vérifiez les droits sur ce fichier ou ce dossier" },
  EPERM: { what: "opération refusée par le système", fix: "vérifiez les droits sur ce fichier ou ce dossier, et qu’aucun autre programme ne l’utilise" },
  EROFS: { what: "le disque est en lecture seule" },
  EBUSY: {
    what: "fichier ou dossier occupé par le système ou par un autre programme",
    fix: "fermez le programme qui l’utilise (ou, si c’est un point de montage, publiez dans un dossier ordinaire), puis relancez la commande",
  },
  EMFILE: { what: "trop de fichiers ouverts à la fois", fix: "fermez des programmes, puis relancez la commande" },
  ENFILE: { what: "trop de fichiers ouverts à la fois sur la machine", fix: "fermez des programmes, puis relancez la commande" },
  EXDEV: { what: "déplacement impossible d’un disque à un autre" },
  ENOENT: { what: "fichier ou dossier introuvable, peut-être supprimé pendant l’opération" },
  ENOTEMPTY: { what: "le dossier n’est pas vide" },
  EEXIST: { what: "le fichier ou le dossier existe déjà" },
  ENOTDIR: { what: "un fichier se trouve là où un dossier est attendu" },
  EISDIR: { what: "un dossier se trouve là où un fichier est attendu" },
  EIO: { what: "erreur de lecture ou d’écriture du disque", fix: "vérifiez l’état du disque" },
  ENAMETOOLONG: { what: "chemin de fichier trop long" },
};

export const messages = {
  // Files and folders
  fileNotUtf8: () =>
    "le fichier n’est pas encodé en UTF-8. Enregistrez-le en UTF-8 (option « Encodage » de votre éditeur).",
  fileIsSymlink: () =>
    "les liens symboliques ne sont pas acceptés dans content/. Remplacez le lien par le fichier lui-même.",
  fileNotFound: () => "fichier introuvable. Vérifiez le chemin donné à « npm run check ».",
  fileOutsideContent: () =>
    "ce fichier est hors du dossier content/. Seuls les fichiers de content/ peuvent être vérifiés.",
  unknownFolder: (p: { folder: string; suggestion?: string }) =>
    `le dossier ${quote(p.folder)} n’est pas un type de contenu. Placez le fichier dans content/dynamiques/, content/visites/, content/evenements/ ou content/territoires/.${didYouMean(p.suggestion)}`,
  fileOutsideTypeFolders: () =>
    "ce fichier n’est dans aucun des quatre dossiers de contenu. Déplacez-le dans content/dynamiques/, content/visites/, content/evenements/ ou content/territoires/.",
  notMarkdown: () => "seuls les fichiers Markdown (.md) sont acceptés dans content/. Renommez le fichier en .md ou retirez-le.",
  fileTooLarge: (p: { sizeKb: number; limitKb: number }) =>
    `le fichier pèse ${p.sizeKb}${NBSP}Ko, au-delà de la limite de ${p.limitKb}${NBSP}Ko. Découpez le texte ou retirez les données collées par erreur.`,
  invalidFileName: (p: { suggestion: string }) =>
    `le nom du fichier doit être en minuscules sans accents, avec des chiffres et des tirets. Renommez-le en ${quote(`${p.suggestion}.md`)}.`,

  // Images (content/medias/ and the references to them)
  imageOutsideMedia: () =>
    "les images se placent dans content/medias/. Déplacez-y ce fichier, puis citez-le dans le texte par ![description](../medias/nom.jpg) ou dans le champ « image ».",
  mediaSubfolder: () =>
    "content/medias/ ne contient que des images, sans sous-dossier. Placez les images directement dans content/medias/.",
  mediaSvgRefused: () =>
    "les images SVG ne sont pas acceptées, car elles peuvent contenir des scripts. Exportez l’image en PNG (schéma, dessin) ou en JPEG (photo).",
  mediaNotImage: () =>
    "seules les images JPEG, PNG, WebP et AVIF (.jpg, .jpeg, .png, .webp, .avif) sont acceptées dans content/medias/. Convertissez le fichier ou retirez-le.",
  mediaNotReadable: () =>
    "ce fichier n’est pas une image lisible du format que dit son extension. Ouvrez-le dans un logiciel d’images et réenregistrez-le en JPEG, PNG, WebP ou AVIF.",
  mediaTooLarge: (p: { sizeMb: string; limitMb: number }) =>
    `l’image pèse ${p.sizeMb}${NBSP}Mo, au-delà de la limite de ${p.limitMb}${NBSP}Mo. Réduisez-la (2${NNBSP}400 pixels de large suffisent) ou enregistrez-la plus compressée.`,
  invalidMediaName: (p: { suggestion: string }) =>
    `le nom d’une image doit être en minuscules sans accents, avec des chiffres, des tirets et des points. Renommez-la en ${quote(p.suggestion)}.`,
  invalidImageSource: (p: { value: string }) =>
    `${quote(p.value)} n’est pas un nom d’image de content/medias/. Écrivez le nom du fichier, par exemple ${quote("facade.jpg")} (ou ${quote("../medias/facade.jpg")}).`,
  remoteImageField: (p: { value: string }) =>
    `image d’un autre site refusée (${quote(p.value)})${NBSP}: elle ne s’afficherait pas hors connexion et signalerait chaque lecteur à ce site. Ajoutez le fichier à content/medias/, écrivez son nom dans « src » et son auteur et sa licence dans « credit ».`,
  unknownMediaField: (p: { name: string; suggestion?: string }) =>
    `image ${quote(p.name)} introuvable dans content/medias/.${didYouMean(p.suggestion)} Ajoutez le fichier à content/medias/, avec son auteur et sa licence dans « credit ».`,
  remoteImageInBody: (p: { url: string }) =>
    `image d’un autre site refusée (${quote(p.url)})${NBSP}: elle ne s’afficherait pas hors connexion et signalerait chaque lecteur à ce site. Ajoutez le fichier à content/medias/, avec son crédit (auteur et licence) dans le texte, et écrivez ![description](../medias/nom.jpg).`,
  unknownMediaInBody: (p: { name: string; suggestion?: string }) =>
    `image ${quote(p.name)} introuvable dans content/medias/.${didYouMean(p.suggestion)} Ajoutez le fichier à content/medias/, avec son crédit (auteur et licence) dans le texte.`,
  imageNotInMedias: (p: { src: string }) =>
    `l’image ${quote(p.src)} n’est pas dans content/medias/. Placez le fichier dans content/medias/, avec son crédit (auteur et licence), et écrivez ![description](../medias/nom.jpg).`,
  imageInHtml: (p: { src: string }) =>
    `image ${quote(p.src)} écrite en HTML (<img>)${NBSP}: elle ne serait ni publiée en plusieurs tailles ni retrouvée depuis la page. Écrivez-la en Markdown, avec sa description entre les crochets${NBSP}: ![description](../medias/nom.jpg).`,
  imageWithoutAlt: (p: { src: string }) =>
    `l’image ${quote(p.src)} n’a pas de texte de remplacement. Décrivez entre les crochets ce qu’elle montre, pour qui ne la voit pas${NBSP}: ![Façade de la coopérative](../medias/facade.jpg).`,

  // Frontmatter syntax
  noFrontmatter: () =>
    "le fichier doit commencer par un en-tête YAML entre deux lignes ---. Lancez « npm run new » pour obtenir un modèle.",
  unclosedFrontmatter: () => "l’en-tête YAML n’est pas refermé. Ajoutez une ligne --- après le dernier champ.",
  yamlSyntax: (p: { detail: string }) =>
    `erreur de syntaxe YAML${NBSP}: ${p.detail}. Vérifiez l’indentation, les deux-points et les guillemets.`,
  frontmatterNotMapping: () => "l’en-tête doit être une liste de champs « nom: valeur ».",
  forbiddenKey: (p: { key: string }) => `le nom de champ ${quote(p.key)} est interdit. Retirez-le.`,
  tooDeep: (p: { limit: number }) => `l’en-tête est imbriqué sur plus de ${p.limit} niveaux. Simplifiez sa structure.`,
  tooManyAliases: () => "l’en-tête utilise trop d’alias YAML (*). Écrivez les valeurs en toutes lettres.",

  // Markdown body
  bodyTooDeep: (p: { limit: number }) =>
    `le texte imbrique citations (${quote(">")}), listes, mises en forme ou balises HTML sur plus de ${p.limit} niveaux à partir de cette ligne${NBSP}: au-delà, le site ne pourrait pas l’afficher en entier. Mettez moins de citations et de listes les unes dans les autres, et refermez chaque balise HTML ouverte.`,

  // Fields
  unknownField: (p: { field: string; suggestion?: string; known: string }) =>
    `champ ${quote(p.field)} inconnu.${didYouMean(p.suggestion)} Champs possibles${NBSP}: ${p.known}.`,
  missingField: (p: { field: string }) => `champ ${quote(p.field)} obligatoire manquant.`,
  emptyField: (p: { field: string }) =>
    `le champ ${quote(p.field)} est vide. Complétez-le, ou retirez la ligne s’il est facultatif.`,
  wrongType: (p: { field: string; expected: string }) => `le champ ${quote(p.field)} doit être ${p.expected}.`,
  textTooShort: (p: { field: string; minimum: number; length: number }) =>
    `le champ ${quote(p.field)} est trop court (${plural(p.length, "caractère")}, minimum ${p.minimum}).`,
  textTooLong: (p: { field: string; maximum: number; length: number }) =>
    `le champ ${quote(p.field)} est trop long (${plural(p.length, "caractère")}, maximum ${p.maximum}). Raccourcissez-le.`,
  listTooShort: (p: { field: string; minimum: number }) =>
    `le champ ${quote(p.field)} doit contenir au moins ${plural(p.minimum, "élément")}.`,
  numberTooSmall: (p: { field: string; minimum: number }) =>
    `le champ ${quote(p.field)} doit être un nombre supérieur ou égal à ${p.minimum}.`,
  numberTooLarge: (p: { field: string; maximum: number }) =>
    `le champ ${quote(p.field)} doit être un nombre inférieur ou égal à ${p.maximum}.`,
  invalidValue: (p: { field: string; value: string; suggestion?: string; known: string }) =>
    `valeur ${quote(p.value)} non reconnue pour ${quote(p.field)}.${didYouMean(p.suggestion)} Valeurs possibles${NBSP}: ${p.known}.`,
  unknownKind: (p: { value: string; suggestion?: string }) =>
    `type de dynamique ${quote(p.value)} inconnu.${didYouMean(p.suggestion)} La liste est dans data/kinds.json.`,
  unknownTheme: (p: { value: string; suggestion?: string }) =>
    `thème ${quote(p.value)} inconnu.${didYouMean(p.suggestion)} Choisissez un thème de data/themes.json, ou ajoutez-le à cette liste dans la même demande de fusion.`,
  invalidDate: (p: { value: string }) => {
    const meant = isoDateSuggestion(p.value);
    return meant === undefined
      ? `date ${quote(p.value)} invalide. Écrivez AAAA, AAAA-MM ou AAAA-MM-JJ, par exemple "2018-10-30", "2018-10" ou "2018".`
      : `date ${quote(p.value)} invalide. Écrivez ${meant}${NBSP}: l’année, puis le mois${meant.length > 7 ? ", puis le jour" : ""} (AAAA-MM${meant.length > 7 ? "-JJ" : ""}).`;
  },
  numberNotText: (p: { field: string; written: string; read: string; suggestion: string }) =>
    `le champ ${quote(p.field)} doit être un texte, mais sans guillemets ${p.written} se lit comme ${p.written === p.read ? "un nombre" : `le nombre ${p.read}`}. Mettez-le entre guillemets${NBSP}: ${quote(p.suggestion)}.`,
  invalidUrl: (p: { value: string }) =>
    `adresse ${quote(p.value)} refusée${NBSP}: seules les adresses complètes en http:// ou https:// sont acceptées.`,
  invalidSlug: (p: { value: string; suggestion: string }) =>
    `référence ${quote(p.value)} invalide${NBSP}: une référence est le nom d’un fichier sans « .md », en minuscules avec des tirets (par exemple ${quote(p.suggestion)}).`,
  invisibleCharacterInField: (p: { field: string; codePoint: number; excerpt: string }) =>
    `le champ ${quote(p.field)} contient ${invisibleCharacter(p.codePoint, p.excerpt)}`,
  invisibleCharacterInBody: (p: { codePoint: number; excerpt: string }) =>
    `le texte contient ${invisibleCharacter(p.codePoint, p.excerpt)}`,
  summaryNotPlain: () =>
    "le résumé doit être du texte brut sur un seul paragraphe, sans balises HTML. Placez la mise en forme dans le corps du texte.",
  endBeforeStart: (p: { end: string; start: string }) =>
    `la date de fin ${quote(p.end)} est antérieure à la date de début ${quote(p.start)}.`,
  sessionOutsideEvent: (p: { session: string; period: string }) =>
    `la séance du ${quote(p.session)} est en dehors de la période de l’événement (${p.period}). Corrigez la date de la séance, ou « date » et « end ».`,

  // References between entries
  unknownTerritory: (p: { slug: string; suggestion?: string }) =>
    `territoire ${quote(p.slug)} introuvable dans content/territoires/.${didYouMean(p.suggestion)} Créez-le avec « npm run new -- territoire "Nom" » si besoin.`,
  referencesDraft: (p: { slug: string }) =>
    `${quote(p.slug)} est un brouillon (draft: true) et ne sera pas publié${NBSP}: une fiche publiée ne peut pas y renvoyer. Publiez-le ou retirez la référence.`,
  unknownDynamic: (p: { slug: string; suggestion?: string }) =>
    `dynamique ${quote(p.slug)} introuvable dans content/dynamiques/.${didYouMean(p.suggestion)}`,
  /** The file is there but has errors of its own: those are the cause, reported once, in that file. */
  referencedFileHasErrors: (p: { type: "dynamique" | "territoire"; slug: string; path: string }) =>
    `${p.type === "dynamique" ? "la dynamique" : "le territoire"} ${quote(p.slug)} contient des erreurs (voir ${p.path})${NNBSP}; cette référence sera valide une fois ce fichier corrigé.`,

  // Territories and the official geography
  codeRequired: (p: { scale: string }) =>
    `le champ « code » est obligatoire pour l’échelle ${quote(p.scale)}${NBSP}: indiquez le code officiel (INSEE, SIREN de l’EPCI, département ou région).`,
  codeNotAllowed: (p: { scale: string }) =>
    `l’échelle ${quote(p.scale)} est un regroupement sans code officiel${NBSP}: retirez « code » et listez dans « within » les codes officiels qu’il couvre.`,
  withinRequired: (p: { scale: string }) =>
    `le champ « within » est obligatoire pour l’échelle ${quote(p.scale)}${NBSP}: listez les codes officiels des communes, EPCI, départements ou régions concernés.`,
  withinNotAllowed: () =>
    "« within » ne s’emploie que pour un regroupement (pays, bassin de vie, quartier…). Pour une commune, un EPCI, un département ou une région, le code suffit.",
  codeNotFound: (p: { scale: string; code: string; suggestion?: { name: string; code: string } | undefined }) =>
    `${noneOf(p.scale)} de code ${quote(p.code)} dans la géographie officielle (COG 2026). ${codeOf(p.suggestion) ?? "Vérifiez le code sur le site de l’INSEE."}`,
  codeNameMismatch: (p: { code: string; official: string; title: string; suggestion?: { name: string; code: string } | undefined }) =>
    `le code ${quote(p.code)} désigne ${quote(p.official)} dans la géographie officielle, pas ${quote(p.title)}. ${codeOf(p.suggestion) ?? "Vérifiez le code, ou donnez au territoire son nom officiel."}`,
  withinCodeInvalid: (p: { code: string }) =>
    `code ${quote(p.code)} non reconnu. Écrivez un code de commune ("46102"), un SIREN d’EPCI ("200067361"), un département ("46", "2A", "971") ou une région précédée de « region: » ("region:76").`,
  withinCodeNotFound: (p: { code: string; level: string }) =>
    `${noneOf(p.level)} de code ${quote(p.code)} dans la géographie officielle (COG 2026).`,
  duplicateTerritoryCode: (p: { code: string; other: string }) =>
    `le code officiel ${quote(p.code)} est déjà décrit par ${p.other}. Un territoire officiel n’a qu’un fichier${NBSP}: complétez l’autre.`,
  locationOutsideFrance: () =>
    "la position (lat, lon) est hors de France et de ses territoires d’outre-mer. Vérifiez l’ordre latitude puis longitude.",

  // Indicators of a territory
  indicatorValueNotNumber: (p: { value: string; suggestion?: string | undefined; unit?: string | undefined }) =>
    `la valeur ${quote(p.value)} est un texte, pas un nombre. Écrivez le chiffre sans guillemets ni espaces, avec un point pour les décimales${NBSP}: ` +
    (p.suggestion === undefined
      ? `par exemple, écrivez 1250 pour 1${NNBSP}250, ou 12.5 pour 12,5, et placez l’unité dans « unit ».`
      : `écrivez ${p.suggestion}${p.unit === undefined ? "" : `, et placez l’unité ${quote(p.unit)} dans « unit »`}.`),
  indicatorYearInvalid: (p: { value: string }) =>
    `année ${quote(p.value)} invalide. Écrivez l’année sur 4 chiffres, par exemple 2019.`,
  indicatorYearFuture: (p: { year: number; current: number }) =>
    `l’année ${p.year} est dans le futur (nous sommes en ${p.current})${NBSP}: un indicateur donne un chiffre déjà publié. Indiquez l’année à laquelle le chiffre se rapporte.`,

  // Summaries printed by the commands
  checkPassed: (p: { files: number; detail: string }) =>
    `✔ ${plural(p.files, "fichier vérifié", "fichiers vérifiés")} (${p.detail})${NBSP}: aucune erreur.`,
  otherFilesHaveErrors: (p: { errors: number }) =>
    `(${plural(p.errors, "autre erreur", "autres erreurs")} dans des fichiers non demandés${NBSP}: lancez « npm run check » sans argument pour les voir.)`,
  internalError: (p: { detail: string }) =>
    `Erreur interne de l’outil (ce n’est pas votre contenu)${NBSP}: ${p.detail}. Signalez-la aux mainteneurs.`,
  checkFailed: (p: { errors: number; files: number }) =>
    `✘ ${plural(p.errors, "erreur")} dans ${plural(p.files, "fichier")}. ${agree(p.errors, "Corrigez-la", "Corrigez-les")} puis relancez « npm run check ».`,
  checkUnknownOption: (p: { option: string; suggestion?: string | undefined }) =>
    `option ${quote(p.option)} inconnue.${didYouMean(p.suggestion)} Usage${NBSP}: npm run check -- [--format=text|github|gitlab|json] [--output=fichier] [fichiers…]`,
  checkUnknownFormat: (p: { format: string; suggestion?: string | undefined }) =>
    `format ${quote(p.format)} inconnu.${didYouMean(p.suggestion)} Formats possibles${NBSP}: text (le texte pour un terminal), github (et les annotations de GitHub Actions), gitlab (rapport Code Quality), json.`,
  checkOptionWithoutValue: (p: { option: string; example: string }) =>
    `l’option ${p.option} attend une valeur, par exemple ${p.option}=${p.example}.`,
  checkReportWritten: (p: { format: string; path: string }) => `Rapport ${p.format} écrit dans ${p.path}.`,
  githubAnnotationsCapped: (p: { errors: number; shown: number }) =>
    `GitHub Actions n’affiche sur les lignes des fichiers que les ${p.shown} premières erreurs d’une étape, sur ${plural(p.errors, "erreur")}${NNBSP}; le journal de l’étape les liste toutes.`,
  guideUpdated: () =>
    `CONTRIBUTING.md mis à jour d’après data/ et les schémas (tableaux des champs, types et thèmes)${NBSP}: ajoutez-le à votre demande de fusion.`,
  guideCurrent: () => "CONTRIBUTING.md est à jour.",
  guideWithoutTables: (p: { begin: string; end: string }) =>
    `CONTRIBUTING.md est introuvable ou a perdu l’emplacement de ses tableaux générés. Remettez-y, là où vont les tableaux des champs, la ligne ${p.begin} puis la ligne ${p.end}, et relancez « npm run docs ».`,
  guideNotUpdated: (p: { detail: string }) =>
    `CONTRIBUTING.md n’a pas pu être mis à jour d’après data/ et les schémas (${p.detail})${NBSP}: lancez « npm run docs ».`,
  newUsage: (p: { typeName: string; suggestion?: string | undefined }) =>
    `Usage${NBSP}: npm run new -- <dynamique|visite|evenement|territoire> "Titre de la fiche".${p.typeName && p.suggestion ? ` Type ${quote(p.typeName)} inconnu.${didYouMean(p.suggestion)}` : ""}`,
  newFileExists: (p: { path: string }) =>
    `${p.path} existe déjà. Modifiez ce fichier, ou choisissez un autre titre.`,
  newTerritoryOfficial: (p: { name: string; level: keyof typeof OFFICIAL_LEVELS; code: string; within?: string | undefined }) =>
    `D’après la géographie officielle (COG 2026), ${p.name} est ${OFFICIAL_LEVELS[p.level].the} de code "${p.code}"${p.within ? ` (${p.within})` : ""}.`,
  newTerritoryAlsoNamed: (p: { others: string; count: number }) =>
    `Ce nom désigne aussi ${p.others}${NNBSP}; ${agree(p.count, "si c’est ce territoire", "si c’est l’un de ces territoires")} que décrit cette fiche, changez « scale » et « code ».`,
  newTerritoryHomonyms: (p: { name: string; level: keyof typeof OFFICIAL_LEVELS; count: number; codes: string }) =>
    `${p.count} ${OFFICIAL_LEVELS[p.level].names} s’appellent ${p.name} dans la géographie officielle (COG 2026)${NBSP}: ${p.codes}. Écrivez dans « code » celui de la vôtre.`,
  newTerritoryUnknown: (p: { name: string }) =>
    `${quote(p.name)} n’est le nom d’aucune commune, d’aucun EPCI, d’aucun département ni d’aucune région de la géographie officielle (COG 2026)${NBSP}: choisissez l’échelle, puis écrivez le code officiel, ou, pour un regroupement, retirez « code » et complétez « within ».`,
  newFileCreated: (p: { path: string }) =>
    `✔ ${p.path} créé. Complétez les champs puis lancez « npm run check -- ${p.path} ».`,
  buildFailed: (p: { detail: string }) =>
    `La construction du site a échoué${NBSP}: ${p.detail}\nLe site publié (_site/) n’a pas été modifié.`,
  previewKeptPrevious: (p: { errors: number; files: number }) =>
    `✘ ${plural(p.errors, "erreur")} dans ${plural(p.files, "fichier")}. L’aperçu montre encore la dernière version valide du contenu${NBSP}; il se mettra à jour dès que le contenu sera corrigé.`,
  previewRefused: () => "L’aperçu ne peut pas démarrer tant que le contenu comporte des erreurs. Corrigez-les puis relancez « npm start ».",
  previewServing: (p: { url: string; host: string; local: boolean }) =>
    `Aperçu de l’observatoire${NBSP}: ${p.url}\n` +
    (p.local
      ? `Visible de cette machine seulement. Pour l’ouvrir aux autres appareils du réseau${NBSP}: npm start -- --host=0.0.0.0\n`
      : `Attention${NBSP}: l’aperçu est ouvert aux autres appareils du réseau (--host=${p.host}). Sans --host, il reste sur cette machine.\n`) +
    `Enregistrez une fiche de content/${NBSP}: ses pages se mettent à jour aussitôt. Ctrl+C pour arrêter.`,
  previewHostInvalid: (p: { given: string }) =>
    `${quote(`--host=${p.given}`)} n’est pas une adresse IP. Par exemple --host=127.0.0.1 (cette machine seulement, par défaut) ou --host=0.0.0.0 (tout le réseau local).`,
  previewBadRequest: () => `Adresse refusée${NBSP}: ce chemin est mal formé ou sort du dossier de l’aperçu.`,
  previewRequestFailed: (p: { url: string; detail: string }) =>
    `✘ L’aperçu n’a pas pu servir ${p.url}${NBSP}: ${p.detail}. Il continue de servir les autres pages.`,
  previewRequestFailedBody: () => `Erreur de l’aperçu${NBSP}: cette page n’a pas pu être servie. Le détail est affiché dans le terminal de ${quote("npm start")}.`,
  previewUpdated: (p: { rendered: number; removed: number; milliseconds: number }) =>
    `✔ Aperçu à jour en ${p.milliseconds}${NBSP}ms${NBSP}: ${plural(p.rendered, "page rendue", "pages rendues")}` +
    (p.removed > 0 ? `, ${plural(p.removed, "page retirée", "pages retirées")}.` : "."),
  previewIndexed: (p: { pages: number; seconds: number }) =>
    `✔ Index de recherche de l’aperçu à jour${NBSP}: ${plural(p.pages, "page")}, en ${withOneDecimal(p.seconds)}${NBSP}s.`,
  previewIndexFailed: (p: { detail: string }) =>
    `✘ L’index de recherche de l’aperçu n’a pas pu être mis à jour${NBSP}: ${p.detail}. La recherche montre la version précédente.`,
  // The banner the preview shows at the top of every page while the content has errors (scripts/preview/error-banner.ts).
  previewBannerTitle: (p: { errors: number; files: number }) =>
    `${plural(p.errors, "erreur")} dans ${plural(p.files, "fichier")}${NBSP}: cette page montre la dernière version valide`,
  previewBannerHelp: (p: { errors: number }) =>
    `${agree(p.errors, "Corrigez-la", "Corrigez-les")} et enregistrez${NBSP}: la page se recharge d’elle-même et ce bandeau disparaît. Il n’apparaît que dans l’aperçu, jamais sur le site publié.`,
  previewBannerMore: (p: { errors: number }) =>
    `et ${plural(p.errors, "autre erreur", "autres erreurs")}, toutes listées dans le terminal de ${quote("npm start")}.`,
  buildInterrupted: () => "Construction interrompue. Le site publié (_site/) n’a pas été modifié.",
  buildPublished: (p: { pages: number; seconds: number }) =>
    `✔ Site publié dans _site/${NBSP}: ${plural(p.pages, "fiche ou dossier", "fiches et dossiers")}, en ${withOneDecimal(p.seconds)}${NBSP}s.`,
  searchIndexed: (p: { pages: number }) => `✔ Index de recherche${NBSP}: ${plural(p.pages, "page indexée", "pages indexées")}.`,
  offlinePrecached: (p: { precachedBytes: number; totalBytes: number; files: number }) =>
    `✔ Copie hors connexion${NBSP}: ${megabytes(p.precachedBytes)}${NBSP}Mo enregistrés à la première visite (${plural(p.files, "fichier")}), sur ${megabytes(p.totalBytes)}${NBSP}Mo publiés.`,
  buildRefused: () => `Publication refusée${NBSP}: le contenu comporte des erreurs. Le site publié (_site/) n’a pas été modifié.`,
  buildWaiting: (p: { pid: number; minutes: string }) =>
    `Une autre construction de ce dossier est en cours (processus ${p.pid})${NBSP}: celle-ci attend qu’elle se termine, ${p.minutes}${NBSP}${agree(countOf(p.minutes), "minute", "minutes")} au plus.`,
  buildLockTimeout: (p: { pid: number; minutes: string; lock: string }) =>
    `Une autre construction de ce dossier (processus ${p.pid}) est toujours en cours après ${p.minutes}${NBSP}${agree(countOf(p.minutes), "minute", "minutes")} d’attente${NBSP}: celle-ci renonce, et le site publié (_site/) n’a pas été modifié. Si aucune construction n’est en cours, supprimez le dossier ${p.lock}/ puis relancez ${quote("npm run build")}.`,
  buildLockLost: () => "une autre construction a pris la main sur ce dossier pendant celle-ci, et c’est elle qui publiera",
  stagingReplaced: (p: { dir: string }) =>
    `le dossier de construction ${p.dir}/ a été supprimé ou remplacé par un autre programme pendant la construction`,
  siteIncomplete: (p: { missing: number; examples: string }) =>
    `le site construit est incomplet (${plural(p.missing, "fichier manquant", "fichiers manquants")}, dont ${p.examples})${NBSP}: il n’a pas été publié`,
  publishRollbackFailed: (p: { retired: string }) =>
    `l’ancien site n’a pas pu être remis à sa place${NBSP}: il est conservé dans ${p.retired}/, renommez ce dossier en _site/ pour le republier`,
  previousSiteNotRemoved: (p: { dir: string; detail: string }) =>
    `Le nouveau site est publié, mais l’ancien n’a pas pu être supprimé (${p.detail})${NBSP}: supprimez ${p.dir}/ à la main.`,
  searchPartsInvalid: (p: { value: string; most: number }) =>
    `OBSERVATOIRE_SEARCH_PARTS=${quote(p.value)} n’est pas un nombre de parties${NBSP}: donnez un nombre entier de 1 à ${p.most}, ou retirez la variable pour laisser la construction choisir.`,
  siteUrlInvalid: (p: { variable: string; value: string }) =>
    `${p.variable}=${quote(p.value)} n’est pas une adresse web. Donnez l’adresse complète du site, par exemple https://observatoire.exemple.fr ou https://compte.github.io/observatoire.`,

  // What a version changes on the site (`npm run diff`), in Markdown for a pull request's summary
  diffUsage: () =>
    `Usage${NBSP}: npm run diff -- <version de base> [--output=fichier.md]. La version de base est une branche, une étiquette ou un commit de git, par exemple ${quote("origin/main")}.`,
  diffNotRepository: () =>
    `Ce dossier n’est pas dans un dépôt git${NBSP}: ${quote("npm run diff")} compare le contenu à une version enregistrée dans git.`,
  diffUnknownRevision: (p: { revision: string }) =>
    `${quote(p.revision)} n’est pas une version connue de ce dépôt git. Donnez une branche, une étiquette ou un commit${NNBSP}; une branche d’un autre dépôt se récupère d’abord, par exemple avec ${quote("git fetch origin main")}.`,
  diffNoSiteInRevision: (p: { revision: string; folder: string }) =>
    `La version ${quote(p.revision)} n’a pas de dossier ${p.folder}${NBSP}: ce n’est pas une version du site, il n’y a rien à comparer.`,
  diffGitFailed: (p: { detail: string }) => `git n’a pas pu extraire la version de base${NBSP}: ${p.detail}`,
  diffTitle: () => "## Changements sur le site",
  diffSummary: (p: { base: string; added: number; changed: number; removed: number }) =>
    `Par rapport à ${quote(p.base)}${NBSP}: ${plural(p.added, "page ajoutée", "pages ajoutées")}, ${plural(p.changed, "page modifiée", "pages modifiées")}, ${plural(p.removed, "page retirée", "pages retirées")}.`,
  diffNoChange: (p: { base: string }) => `Par rapport à ${quote(p.base)}, aucune page du site ne change.`,
  diffAddedHeading: (p: { pages: number }) => `### Pages ajoutées (${p.pages})`,
  diffChangedHeading: (p: { pages: number }) => `### Pages modifiées (${p.pages})`,
  diffRemovedHeading: (p: { pages: number }) => `### Pages retirées (${p.pages})`,
  diffDossiersHeading: () => `### Fiches gagnées et perdues par les dossiers`,
  diffDossierLine: (p: { dossier: string; gains: string; losses: string }) =>
    `${p.dossier}${NBSP}: ${[p.gains && `gagne ${p.gains}`, p.losses && `perd ${p.losses}`].filter(Boolean).join(`${NNBSP}; `)}.`,
  diffMorePages: (p: { pages: number }) => `… et ${plural(p.pages, "autre page", "autres pages")}.`,
  diffBaseHasErrors: (p: { base: string; errors: number; files: number }) =>
    `La version de base ${quote(p.base)} comporte ${plural(p.errors, "erreur")} de contenu dans ${plural(p.files, "fichier")}${NBSP}: la comparaison est impossible. ` +
    `${agree(p.errors, "Cette erreur ne vient", "Ces erreurs ne viennent")} pas des modifications comparées${NBSP}:`,
  diffHeadHasErrors: (p: { errors: number; files: number }) =>
    `Le contenu comporte ${plural(p.errors, "erreur")} dans ${plural(p.files, "fichier")}${NBSP}: la comparaison sera possible une fois ${agree(p.errors, "cette erreur corrigée", "ces erreurs corrigées")} (voir ${quote("npm run check")})${NBSP}:`,
  diffMoreErrors: (p: { errors: number }) => `… et ${plural(p.errors, "autre erreur", "autres erreurs")}.`,
  fileSystemError: (p: { code: string; path?: string | undefined; dest?: string | undefined }) => {
    const known = FILE_SYSTEM_ERRORS[p.code] ?? { what: "erreur du système de fichiers" };
    const where = p.path === undefined ? "" : p.dest === undefined ? `, ${p.path}` : `, ${p.path} → ${p.dest}`;
    return `${known.what} (code ${p.code}${where})${known.fix ? `${NNBSP}; ${known.fix}` : ""}`;
  },
} as const;

export type MessageKey = keyof typeof messages;
export type MessageParams<K extends MessageKey> =
  Parameters<(typeof messages)[K]> extends [infer P, ...unknown[]] ? P : Record<string, never>;

/** A zod issue carrying a catalogue message, for checks written inside schemas. */
export function issue<K extends MessageKey>(key: K, params: MessageParams<K>) {
  const render = messages[key] as (p: MessageParams<K>) => string;
  return { code: "custom" as const, message: render(params), params: { key } };
}
