/**
 * Synthetic French text for the benchmark corpus: Markdown bodies of 300 to 800 words
 * and plain-text summaries, built from sentence fragments written for this generator
 * and combined at random. The vocabulary is that of the social and solidarity economy;
 * every sentence is grammatical French, none is copied from anywhere.
 */
import type { Random } from "./random.ts";

/** A territory as running text needs it. */
export interface PlaceRef {
  /** Usual name: « Figeac », « CC du Grand-Figeac », « Lot ». */
  readonly name: string;
  /** Slug of its file in `content/territoires/`, for relative links. */
  readonly slug: string;
  /** Locative phrase: « à Figeac », « dans le département du Lot », « en Occitanie ». */
  readonly at: string;
  /** Where it lies, for summaries: « commune du Lot, en Occitanie ». */
  readonly setting: string;
}

export interface EntryRef {
  readonly title: string;
  readonly slug: string;
}

export type BodyKind = "territoire" | "dynamique" | "visite" | "evenement";

export interface TextContext {
  readonly kind: BodyKind;
  /** The entry's own name as it reads in a sentence (« Figeacteurs », « La Fabrique de Figeac »). */
  readonly name: string;
  /** The main territory, then the others the entry is attached to. */
  readonly places: readonly [PlaceRef, ...PlaceRef[]];
  /** Organisations to cite (at least one). */
  readonly actors: readonly [string, ...string[]];
  /** Dynamics visited or presented, for visits and events. */
  readonly dynamics?: readonly EntryRef[];
  /** Lowercase label of the dynamic's kind (« pôle territorial de coopération économique »). */
  readonly kindLabel?: string;
  /** Reference year (foundation, visit, event). */
  readonly year: number;
}

export const BODY_MIN_WORDS = 300;
export const BODY_MAX_WORDS = 800;

/**
 * Words as a reader counts them: whitespace-separated tokens holding a letter or a digit
 * (the same as splitting on `\s+` and testing `[\p{L}\p{N}]`, for the Latin text written here).
 * A single pass over the characters: bodies are counted block by block while they grow.
 */
export function countWords(text: string): number {
  let count = 0;
  let counted = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (isSpace(code)) counted = false;
    else if (!counted && isLetterOrDigit(code)) {
      counted = true;
      count += 1;
    }
  }
  return count;
}

function isSpace(code: number): boolean {
  return (
    code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** Digits, ASCII letters and the Latin letters with accents, ligatures included (not × ÷ nor punctuation). */
function isLetterOrDigit(code: number): boolean {
  if (code < 0x80) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code === 0xaa || code === 0xb5 || code === 0xba) return true;
  if (code < 0xc0 || code === 0xd7 || code === 0xf7) return false;
  // 0x2000–0x2BFF: punctuation, currency signs, arrows, mathematical and other symbols.
  return code < 0x2000 || code > 0x2bff;
}

// ─── Grammar helpers ─────────────────────────────────────────────────────────

const VOWEL_START = /^[aeiouyhàâäéèêëîïôöûùüœAEIOUYHÀÂÄÉÈÊËÎÏÔÖÛÙÜŒ]/;

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** « à Figeac », « au Mans », « aux Abymes ». */
export function aPlace(name: string): string {
  if (name.startsWith("Le ")) return `au ${name.slice(3)}`;
  if (name.startsWith("Les ")) return `aux ${name.slice(4)}`;
  return `à ${name}`;
}

/** « de Figeac », « du Mans », « des Abymes », « d’Albi ». */
export function deName(name: string): string {
  if (name.startsWith("Le ")) return `du ${name.slice(3)}`;
  if (name.startsWith("Les ")) return `des ${name.slice(4)}`;
  return /^[AEIOUYÀÂÄÉÈÊËÎÏÔÖÛÙÜŒ]/.test(name) ? `d’${name}` : `de ${name}`;
}

/** « à la coopération », « au respect », « aux habitants ». */
export function aNoun(phrase: string): string {
  if (phrase.startsWith("le ")) return `au ${phrase.slice(3)}`;
  if (phrase.startsWith("les ")) return `aux ${phrase.slice(4)}`;
  return `à ${phrase}`;
}

/** « de la coopération », « du respect », « des habitants », « d’une étude ». */
export function deNoun(phrase: string): string {
  if (phrase.startsWith("le ")) return `du ${phrase.slice(3)}`;
  if (phrase.startsWith("les ")) return `des ${phrase.slice(4)}`;
  return elide("de", phrase);
}

/** Joins a verb ending in « de » or « que » to what follows, with elision before a vowel. */
export function elide(head: string, tail: string): string {
  if (VOWEL_START.test(tail)) {
    if (head.endsWith(" de")) return `${head.slice(0, -2)}d’${tail}`;
    if (head.endsWith(" que")) return `${head.slice(0, -3)}qu’${tail}`;
  }
  return `${head} ${tail}`;
}

/** 12 500 → « 12 500 » with a narrow no-break space, as French typography wants. */
export function frenchNumber(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, "\u202f");
}

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} et ${items.at(-1)}`;
}

// ─── Phrase banks ────────────────────────────────────────────────────────────

/** Plural subjects, all starting with « les ». */
const SUBJECTS_PLURAL = [
  "les associations du territoire",
  "les élus locaux",
  "les entreprises de l’économie sociale et solidaire",
  "les habitants",
  "les producteurs engagés dans les circuits courts",
  "les structures d’insertion par l’activité économique",
  "les collectivités partenaires",
  "les coopératives locales",
  "les bénévoles",
  "les financeurs solidaires",
  "les services de l’État",
  "les acteurs de l’emploi",
  "les commerçants du centre-bourg",
  "les jeunes accompagnés par la mission locale",
  "les artisans du bâtiment",
  "les agriculteurs du secteur",
  "les salariés en parcours d’insertion",
  "les membres fondateurs",
  "les chefs d’entreprise",
  "les habitants des quartiers prioritaires",
  "les formateurs",
  "les responsables associatifs",
  "les parents d’élèves",
  "les équipes techniques de l’intercommunalité",
];

/** Generic singular subjects, when the entry's own name has been used enough. */
const SUBJECTS_SINGULAR = [
  "le collectif",
  "la structure porteuse",
  "le projet",
  "l’association",
  "la coopérative",
  "l’équipe d’animation",
  "le comité de pilotage",
  "la démarche",
];

const AUX_PLURAL = [
  "ont décidé de",
  "cherchent à",
  "s’engagent à",
  "ont appris à",
  "continuent de",
  "veulent",
  "tentent de",
  "s’organisent pour",
  "se mobilisent pour",
  "ont choisi de",
  "travaillent ensemble pour",
  "se retrouvent chaque mois pour",
  "ont proposé de",
  "n’hésitent plus à",
];

const AUX_SINGULAR = [
  "a décidé de",
  "cherche à",
  "s’attache à",
  "continue de",
  "propose de",
  "s’efforce de",
  "a pour ambition de",
  "entend",
  "a choisi de",
  "parvient peu à peu à",
  "vise à",
  "permet de",
];

/** Infinitive phrases: what people do together. */
const ACTIONS = [
  "renforcer la coopération entre les entreprises du territoire",
  "créer des emplois durables pour les personnes éloignées de l’emploi",
  "structurer une filière de réemploi des matériaux de construction",
  "faire vivre une monnaie locale complémentaire",
  "ouvrir un tiers-lieu dans une ancienne friche industrielle",
  "approvisionner la restauration collective en produits locaux",
  "partager la gouvernance entre habitants, élus et entreprises",
  "accompagner les porteurs de projets de l’économie sociale et solidaire",
  "mutualiser des fonctions support comme la comptabilité ou le recrutement",
  "expérimenter de nouvelles formes d’emploi",
  "rapprocher l’offre de formation des besoins des employeurs",
  "relocaliser une partie de la production alimentaire",
  "développer l’autoconsommation collective d’électricité",
  "revitaliser le centre-bourg",
  "financer des projets citoyens grâce à l’épargne locale",
  "lutter contre la précarité énergétique",
  "faciliter la mobilité des salariés en zone rurale",
  "donner une seconde vie aux objets du quotidien",
  "sensibiliser les habitants au tri et à la réparation",
  "installer de jeunes agriculteurs sur des terres en friche",
  "recenser les besoins non satisfaits du territoire",
  "ouvrir un atelier de réparation de vélos",
  "animer un réseau d’entreprises engagées",
  "construire un projet alimentaire territorial",
  "maintenir les services de proximité",
  "héberger des activités qui ne trouvaient pas de locaux",
  "proposer des chantiers d’insertion dans l’entretien des espaces naturels",
  "créer une légumerie pour les cantines scolaires",
  "mettre en relation les demandeurs d’emploi et les entreprises qui recrutent",
  "investir collectivement dans des toitures photovoltaïques",
  "rénover des logements vacants avec des entreprises d’insertion",
  "organiser des achats groupés entre structures voisines",
  "former des bénévoles à l’accueil du public",
  "transmettre des savoir-faire artisanaux menacés de disparition",
  "réduire le gaspillage alimentaire dans les collèges",
  "accueillir des résidences d’artistes",
  "développer une offre de garde d’enfants en horaires décalés",
  "évaluer l’utilité sociale des activités",
  "inscrire des clauses sociales dans les marchés publics",
  "coordonner les acteurs de l’aide alimentaire",
  "proposer des paniers solidaires aux familles modestes",
  "ouvrir une recyclerie au cœur de la zone d’activités",
];

/** Purpose clauses. */
const PURPOSES = [
  "afin de garder la valeur ajoutée sur le territoire",
  "pour que chacun trouve sa place",
  "afin de sécuriser les parcours professionnels",
  "pour répondre à des besoins que le marché ne couvre pas",
  "dans une logique de coopération plutôt que de concurrence",
  "sans attendre une aide extérieure",
  "en s’appuyant sur les ressources locales",
  "pour limiter les déplacements et les émissions de gaz à effet de serre",
  "afin d’éviter la fermeture des derniers commerces",
  "pour offrir un travail à ceux qui en sont privés depuis longtemps",
  "en associant dès le départ les premiers concernés",
  "au plus près des besoins des habitants",
];

/** Time markers that can open a sentence. */
const OPENERS = [
  "Depuis plusieurs années, ",
  "Au fil du temps, ",
  "Aujourd’hui, ",
  "Concrètement, ",
  "Dans le même temps, ",
  "Par ailleurs, ",
  "De leur côté, ",
  "Peu à peu, ",
  "À chaque étape, ",
  "Très tôt, ",
  "",
  "",
  "",
];

/** Past events, singular subject. */
const MILESTONES = [
  "a signé une convention de partenariat avec la communauté de communes",
  "a rejoint un réseau national de dynamiques territoriales",
  "a ouvert un second lieu d’accueil",
  "a recruté ses premiers salariés permanents",
  "a lancé un appel à projets auprès des habitants",
  "a remporté un appel à manifestation d’intérêt",
  "a transformé son association en société coopérative d’intérêt collectif",
  "a obtenu le soutien de la région pour trois ans",
  "a organisé ses premières assises de la coopération",
  "a publié une étude sur les besoins du territoire",
  "a changé de gouvernance pour faire entrer les usagers au conseil d’administration",
  "a inauguré un atelier partagé",
  "a dépassé le cap des cent adhérents",
  "a mis en place un comité local pour l’emploi",
  "a racheté le bâtiment occupé jusque-là en location",
];

/** Noun phrases naming principles or values. */
const PRINCIPLES = [
  "la coopération plutôt que la concurrence",
  "l’ancrage local des activités",
  "la gouvernance partagée",
  "la transparence des comptes",
  "l’utilité sociale",
  "la lucrativité limitée",
  "la participation des habitants",
  "le respect des personnes accompagnées",
  "la sobriété dans l’usage des ressources",
  "l’égalité d’accès aux services",
  "la mutualisation des moyens",
  "la formation tout au long du parcours",
];

/** Difficulties, as noun phrases. */
const CHALLENGES = [
  "le financement de l’animation dans la durée",
  "la mobilisation des entreprises classiques",
  "le renouvellement des bénévoles",
  "l’accès au foncier agricole",
  "la dépendance aux subventions publiques",
  "la reconnaissance de l’utilité sociale par les financeurs",
  "le manque de logements pour les salariés",
  "la concurrence des grandes plateformes",
  "l’essoufflement des fondateurs",
  "la lourdeur des procédures administratives",
  "la coordination entre des acteurs aux cultures très différentes",
  "l’isolement des communes les plus rurales",
];

/** Lessons, as completive clauses. */
const LESSONS = [
  "la coopération se construit dans la durée",
  "l’animation d’une dynamique collective est un métier à part entière",
  "la confiance entre élus et associations ne se décrète pas",
  "un petit succès visible vaut mieux qu’un grand plan jamais réalisé",
  "les habitants s’impliquent dès qu’on leur confie de vraies responsabilités",
  "le soutien de la collectivité reste décisif au démarrage",
  "les entreprises s’engagent quand elles y trouvent un intérêt concret",
  "la diversité des partenaires fait la solidité du projet",
  "il faut du temps pour qu’une gouvernance partagée fonctionne vraiment",
  "les circuits courts créent des liens autant que des débouchés",
];

/** Observations about a place (after a locative phrase). */
const OBSERVATIONS = [
  "l’économie sociale et solidaire représente une part importante de l’emploi privé",
  "le tissu associatif est dense mais fragile",
  "les circuits courts se sont développés autour des marchés de producteurs",
  "plusieurs friches attendent encore un nouvel usage",
  "les coopératives agricoles structurent depuis longtemps la vie économique",
  "le chômage de longue durée reste plus élevé que la moyenne nationale",
  "la population a recommencé à augmenter",
  "les élus ont inscrit l’économie sociale et solidaire dans leur projet de territoire",
  "la fermeture d’une grande entreprise a servi d’électrochoc",
  "les tiers-lieux se multiplient depuis quelques années",
  "le vieillissement de la population pose la question des services à domicile",
  "les liens entre ville et campagne sont au cœur des débats",
];

/** What a lead organisation does, present tense, singular. */
const ROLES = [
  "porte l’animation du collectif",
  "met ses locaux à disposition",
  "accompagne les porteurs de projets",
  "assure le portage administratif",
  "coordonne les achats groupés",
  "forme les bénévoles",
  "finance une partie des investissements",
  "représente les producteurs",
  "gère la plateforme logistique",
  "apporte son expertise juridique",
  "organise les chantiers d’insertion",
  "suit l’évaluation des actions",
  "relaie les offres d’emploi",
  "anime les ateliers avec les habitants",
];

const QUOTES = [
  "Ici, personne ne réussit seul",
  "On a appris à se faire confiance avant de se lancer",
  "La coopération prend du temps, mais elle tient dans la durée",
  "Nous voulions prouver que l’emploi pouvait venir du territoire lui-même",
  "Chaque euro dépensé ici reste ici",
  "Le plus difficile, ce n’est pas l’argent, c’est de tenir l’animation",
  "Les habitants ont des idées, il fallait leur donner un lieu",
  "On ne fait pas de l’économie sociale et solidaire contre les autres, mais avec eux",
  "Au début, personne n’y croyait vraiment",
  "Nous avons gagné en crédibilité auprès des élus",
];

const SPEAKERS = [
  "résume la coordinatrice",
  "explique le président de l’association",
  "souligne une élue de la commune",
  "raconte une bénévole de la première heure",
  "observe le directeur de la coopérative",
  "témoigne une salariée en insertion",
  "confie un agriculteur partenaire",
  "rappelle la chargée de mission",
];

/** Plural units for figures. */
const FIGURES = [
  "structures adhérentes",
  "emplois créés ou consolidés",
  "bénévoles actifs",
  "producteurs partenaires",
  "tonnes de déchets évitées chaque année",
  "participants aux ateliers",
  "familles accompagnées",
  "repas servis chaque jour dans les cantines",
  "heures de formation dispensées",
  "prêts solidaires accordés",
];

const TOPICS = [
  "la genèse du projet",
  "le modèle économique",
  "les premiers résultats",
  "la gouvernance mise en place",
  "le rôle des collectivités",
  "les conditions de réussite",
  "les difficultés rencontrées",
  "l’évaluation de l’utilité sociale",
];

const DOCUMENTS = [
  "rapport d’activité",
  "compte rendu",
  "dossier de presse",
  "bilan annuel",
  "diagnostic territorial",
  "guide méthodologique",
  "portrait vidéo",
  "retour d’expérience",
];

/** Activities of a visit or event programme. */
const PROGRAMME = [
  "accueil des participants et présentation du territoire",
  "visite de la légumerie intercommunale",
  "table ronde sur la commande publique responsable",
  "atelier sur la gouvernance partagée",
  "rencontre avec les salariés de l’entreprise à but d’emploi",
  "découverte du tiers-lieu et de ses ateliers",
  "déjeuner préparé par un chantier d’insertion",
  "échanges avec les élus de l’intercommunalité",
  "présentation de la monnaie locale par ses bénévoles",
  "temps de travail en petits groupes",
  "visite d’une ferme en circuit court",
  "restitution collective et perspectives",
  "témoignages de porteurs de projets",
  "marché des initiatives solidaires",
  "projection d’un film documentaire suivie d’un débat",
];

const MOMENTS = ["9 h 30", "10 h", "11 h", "midi", "14 h", "15 h 30", "17 h", "en soirée"];

const HEADINGS: Record<BodyKind, readonly string[]> = {
  territoire: [
    "Portrait du territoire",
    "L’économie sociale et solidaire sur le territoire",
    "Les acteurs",
    "Les enjeux",
    "Coopérations en cours",
    "Emploi et insertion",
    "Alimentation et circuits courts",
    "Ce que montrent les dynamiques locales",
  ],
  dynamique: [
    "Origines du projet",
    "Une gouvernance partagée",
    "Les activités",
    "Les partenaires",
    "Résultats",
    "Ce qui a marché",
    "Les difficultés",
    "Modèle économique",
    "Perspectives",
  ],
  visite: [
    "Le programme",
    "Les rencontres",
    "Ce que retiennent les participants",
    "Les suites de la visite",
    "Le contexte",
    "Les questions débattues",
  ],
  evenement: [
    "Le programme",
    "Les intervenants",
    "Bilan",
    "Les ateliers",
    "Pourquoi cette rencontre",
    "Et ensuite",
  ],
};

/** Invented but plausible publishers, on reserved `.example` domains: no real site is cited. */
export const PUBLISHERS: ReadonlyArray<{ readonly name: string; readonly domain: string }> = [
  { name: "Échos solidaires", domain: "echos-solidaires.example" },
  { name: "La Lettre des territoires", domain: "lettre-territoires.example" },
  { name: "Réseau des pôles de coopération", domain: "poles-cooperation.example" },
  { name: "Observatoire régional de l’ESS", domain: "observatoire-regional-ess.example" },
  { name: "Le Courrier des collectivités", domain: "courrier-collectivites.example" },
  { name: "Terres d’initiatives", domain: "terres-initiatives.example" },
  { name: "Chambre régionale de l’économie sociale et solidaire", domain: "cress-region.example" },
  { name: "Radio Bocage", domain: "radio-bocage.example" },
  { name: "Le Journal du canton", domain: "journal-canton.example" },
  { name: "Coopérer ici", domain: "cooperer-ici.example" },
  { name: "Agence d’ingénierie solidaire", domain: "ingenierie-solidaire.example" },
  { name: "Fédération des tiers-lieux", domain: "federation-tiers-lieux.example" },
];

// ─── Sentences ───────────────────────────────────────────────────────────────

type Sentence = (random: Random, context: TextContext) => string;

const TERRITORY_SUBJECTS = [
  "la collectivité",
  "le réseau local de l’économie sociale et solidaire",
  "le conseil de développement",
  "le pôle d’équilibre territorial",
  "la communauté des acteurs locaux",
];

function subjectSingular(random: Random, context: TextContext): string {
  if (context.kind === "dynamique" && random.chance(0.6)) return context.name;
  return random.pick(context.kind === "territoire" ? TERRITORY_SUBJECTS : SUBJECTS_SINGULAR);
}

function place(random: Random, context: TextContext): PlaceRef {
  return random.chance(0.7) ? context.places[0] : random.pick(context.places);
}

function maybe(random: Random, probability: number, text: () => string): string {
  return random.chance(probability) ? text() : "";
}

interface Template {
  readonly make: Sentence;
  /** Said at most once per body (a figure, a founding date, a verdict). */
  readonly once?: boolean;
}

const often = (make: Sentence): Template => ({ make });
const once = (make: Sentence): Template => ({ make, once: true });

const SENTENCES: readonly Template[] = [
  often(
    (r, c) =>
      `${r.pick(OPENERS)}${elide(`${r.pick(SUBJECTS_PLURAL)} ${r.pick(AUX_PLURAL)}`, r.pick(ACTIONS))}` +
      `${maybe(r, 0.4, () => ` ${place(r, c).at}`)}${maybe(r, 0.5, () => ` ${r.pick(PURPOSES)}`)}.`,
  ),
  often(
    (r, c) =>
      `${r.pick(OPENERS)}${elide(`${subjectSingular(r, c)} ${r.pick(AUX_SINGULAR)}`, r.pick(ACTIONS))}` +
      `${maybe(r, 0.5, () => ` ${r.pick(PURPOSES)}`)}.`,
  ),
  often((r, c) => `${r.pick(["En", "Dès", "Courant", "Fin"])} ${c.year + r.int(-3, 2)}, ${subjectSingular(r, c)} ${r.pick(MILESTONES)}.`),
  once((r, c) => `${subjectSingular(r, c)} repose sur trois principes : ${listOf(r.sample(PRINCIPLES, 3))}.`),
  often((r) => `« ${r.pick(QUOTES)} », ${r.pick(SPEAKERS)}.`),
  often(
    (r) =>
      `${r.pick(["Le principal défi reste", "Une difficulté demeure :", "Le point de vigilance porte sur", "Reste à régler"])} ${r.pick(CHALLENGES)}.`,
  ),
  often((r, c) => `${r.pick(c.actors)} et ${r.pick(SUBJECTS_PLURAL)} y jouent un rôle central.`),
  often((r, c) => `${place(r, c).at}, ${r.pick(OBSERVATIONS)}.`),
  once((r) => `${elide("Pour les partenaires, l’expérience montre que", r.pick(LESSONS))}.`),
  often(
    (r) =>
      `On recense ${frenchNumber(r.int(12, 480))} ${r.pick(FIGURES)}, ${r.pick([
        "un chiffre en hausse régulière",
        "bien au-delà des objectifs de départ",
        "un résultat jugé encourageant",
        "même si les besoins restent importants",
      ])}.`,
  ),
  often((r, c) => {
    const [first, second] = r.sample(c.actors, 2);
    const others = second
      ? `${second} ${r.pick(ROLES)}`
      : `${r.pick(SUBJECTS_PLURAL)} ${r.pick(["suivent le projet de près", "participent aux décisions", "apportent leur soutien"])}`;
    return `${first ?? c.actors[0]} ${r.pick(ROLES)}, ${elide("tandis que", others)}.`;
  }),
];

/** Sentences for visits and events: what was said and seen. */
const DATED_SENTENCES: readonly Template[] = [
  often(
    (r) =>
      `Les échanges ont porté sur ${r.pick(TOPICS)}, puis sur ${r.pick(CHALLENGES)}, ${r.pick([
        "sans langue de bois",
        "dans un climat constructif",
        "avec de nombreux exemples concrets",
        "à partir de situations vécues",
      ])}.`,
  ),
  often((r, c) => `${r.pick(c.actors)} a présenté ${r.pick(TOPICS)} ${r.pick(["en quelques chiffres", "à partir de son expérience", "sans cacher les difficultés"])}.`),
];

/** The first sentence of a body, which says what the entry is. */
const OPENINGS: Record<BodyKind, Sentence> = {
  territoire: (r, c) => `${c.places[0].at}, ${r.pick(OBSERVATIONS)}, et ${r.pick(OBSERVATIONS)}.`, // two fresh draws: never the same
  dynamique: (r, c) =>
    `${c.name} est ${c.kindLabel ? `un projet de type « ${c.kindLabel} »` : "une dynamique collective"} né en ${c.year} ${c.places[0].at}${maybe(
      r,
      0.5,
      () => `, à l’initiative ${deNoun(r.pick(SUBJECTS_PLURAL))}`,
    )}.`,
  visite: (r, c) =>
    `La délégation a passé ${r.pick(["une journée", "deux jours", "une matinée", "trois jours"])} ${c.places[0].at} pour ${r.pick([
      "comprendre comment la coopération s’y est construite",
      "rencontrer celles et ceux qui font vivre les projets",
      "observer des pratiques qui pourraient essaimer ailleurs",
    ])}.`,
  evenement: (r, c) =>
    `La rencontre a réuni ${frenchNumber(r.int(20, 600))} personnes ${c.places[0].at}, ${r.pick([
      "élus, techniciens et acteurs associatifs",
      "pour beaucoup issues du monde associatif",
      "venues de tout le département",
      "dont de nombreux porteurs de projets",
    ])}.`,
};

/** Sentences that suit one kind of entry more than the others. */
const KIND_SENTENCES: Record<BodyKind, readonly Template[]> = {
  territoire: [
    once((r) => `Ce dossier rassemble les dynamiques, visites et événements recensés, ${r.pick(["du plus ancien au plus récent", "classés par thème", "avec leurs sources"])}.`),
    often((r, c) => `${c.places[0].at}, ${r.pick(OBSERVATIONS)}.`),
  ],
  dynamique: [
    once((r, c) => `${c.name} ${r.pick(MILESTONES)} en ${c.year + r.int(1, 4)}.`),
    once((r) => `Son budget annuel avoisine ${frenchNumber(r.int(4, 90) * 10_000)} euros, ${r.pick(["dont une part croissante d’autofinancement", "en grande partie issus de subventions", "partagés entre ventes et aides publiques"])}.`),
  ],
  visite: [
    once((r) => `Les participants ont notamment retenu que ${r.pick(LESSONS)}.`),
    ...DATED_SENTENCES,
  ],
  evenement: [
    once((r) => `Les organisateurs tirent un bilan ${r.pick(["positif", "nuancé", "encourageant"])} : ${r.pick(LESSONS)}.`),
    ...DATED_SENTENCES,
  ],
};

/** Banks whose items should not come back within one body while fresh ones remain. */
const FRESH_BANKS: ReadonlySet<readonly unknown[]> = new Set<readonly unknown[]>([
  ACTIONS,
  MILESTONES,
  QUOTES,
  CHALLENGES,
  OBSERVATIONS,
  LESSONS,
  ROLES,
  FIGURES,
  TOPICS,
]);

/** Produces the sentences of one body: no sentence twice, once-only templates once, few repeated phrases. */
class Writer {
  readonly random: Random;
  private readonly used = new Set<Template>();
  private readonly said = new Set<string>();
  private readonly usedLists = new Set<number>();
  private readonly remaining = new Map<readonly unknown[], unknown[]>();

  constructor(
    source: Random,
    readonly context: TextContext,
  ) {
    this.random = {
      ...source,
      pick: <T>(items: readonly T[]): T => (FRESH_BANKS.has(items) ? this.fresh(items) : source.pick(items)),
    };
  }

  /** An item of the bank not drawn yet in this body (all of them again once the bank is used up). */
  private fresh<T>(items: readonly T[]): T {
    let left = this.remaining.get(items) as T[] | undefined;
    if (!left || left.length === 0) {
      left = [...items];
      this.remaining.set(items, left);
    }
    const index = Math.floor(this.random.next() * left.length);
    const item = left[index] as T;
    left[index] = left[left.length - 1] as T;
    left.pop();
    return item;
  }

  sentence(): string {
    for (let attempt = 0; ; attempt += 1) {
      const pool = this.random.chance(0.25) ? KIND_SENTENCES[this.context.kind] : SENTENCES;
      const template = this.random.pick(pool);
      if (template.once && this.used.has(template) && attempt < 20) continue;
      const text = capitalise(template.make(this.random, this.context));
      if (this.said.has(text) && attempt < 20) continue;
      this.used.add(template);
      this.said.add(text);
      return text;
    }
  }

  opening(): string {
    const text = capitalise(OPENINGS[this.context.kind](this.random, this.context));
    this.said.add(text);
    return text;
  }

  paragraph(sentences: number): string {
    return Array.from({ length: sentences }, () => this.sentence()).join(" ");
  }

  /** A list style not used yet in this body, when there is one left. */
  listStyle(styles: readonly number[]): number {
    const fresh = styles.filter((style) => !this.usedLists.has(style));
    const style = this.random.pick(fresh.length > 0 ? fresh : styles);
    this.usedLists.add(style);
    return style;
  }
}

// ─── Blocks: lists and links ─────────────────────────────────────────────────

function bulletList(writer: Writer): string {
  const { random, context } = writer;
  const dated = context.kind === "visite" || context.kind === "evenement";
  const styles = [...(context.actors.length >= 2 ? [0] : []), 1, ...(dated ? [2] : []), 3];
  const style = writer.listStyle(styles);
  if (style === 0) {
    const actors = random.sample(context.actors, random.int(2, 4));
    const lines = actors.map((actor, index) => `- **${actor}**, qui ${random.pick(ROLES)}${index === actors.length - 1 ? "." : " ;"}`);
    return `${random.pick(["Les principaux partenaires :", "Autour de la table :", "Parmi les acteurs impliqués :"])}\n\n${lines.join("\n")}`;
  }
  if (style === 1) {
    const actions = random.sample(ACTIONS, random.int(3, 5));
    const lines = actions.map((action, index) => `- ${capitalise(action)}${index === actions.length - 1 ? "." : " ;"}`);
    const intro =
      context.kind === "territoire"
        ? ["Les priorités du territoire :", "Les chantiers ouverts :"]
        : ["Les objectifs affichés :", "Les priorités retenues :", "Ce que le projet cherche à faire :"];
    return `${random.pick(intro)}\n\n${lines.join("\n")}`;
  }
  if (style === 2) {
    const items = random.sample(PROGRAMME, random.int(3, 5));
    const moments = random.sample(MOMENTS, items.length).sort((a, b) => MOMENTS.indexOf(a) - MOMENTS.indexOf(b));
    return `${random.pick(["Au programme :", "Le déroulé :", "Les temps forts :"])}\n\n${items
      .map((item, index) => `- ${moments[index]} : ${item}`)
      .join("\n")}`;
  }
  const figures = random.sample(FIGURES, random.int(3, 4));
  return `${random.pick(["Quelques chiffres :", "En chiffres :", "Les repères :"])}\n\n${figures
    .map((figure) => `- ${frenchNumber(random.int(5, 2500))} ${figure}`)
    .join("\n")}`;
}

function webLink(random: Random, context: TextContext): string {
  const publisher = random.pick(PUBLISHERS);
  const slug = context.places[0].slug;
  const url = `https://www.${publisher.domain}/${random.pick(["articles", "ressources", "actualites", "publications"])}/${slug}-${context.year}`;
  return `Le [${random.pick(DOCUMENTS)}](${url}) publié par ${publisher.name} revient en détail sur ${random.pick(TOPICS)}.`;
}

function siteLinks(random: Random, context: TextContext): string {
  const links = context.places.map((item) => `[${item.name}](/territoires/${item.slug}/)`);
  const dynamics = (context.dynamics ?? []).map((item) => `[${item.title}](/dynamiques/${item.slug}/)`);
  const territoryText =
    links.length > 1 ? `les dossiers ${listOf(links)}` : `le dossier ${links[0]}`;
  const dynamicsText = dynamics.length > 0 ? `, ainsi que ${dynamics.length > 1 ? "les fiches" : "la fiche"} ${listOf(dynamics)}` : "";
  return `${random.pick(["Pour aller plus loin, consultez", "Voir aussi", "À lire également sur l’observatoire :"])} ${territoryText}${dynamicsText}.`;
}

// ─── Bodies and summaries ────────────────────────────────────────────────────

/**
 * A Markdown body of 300 to 800 words: an introduction, sections under `##` headings,
 * at least one bullet list, one link to the web and links to the observatory's own pages.
 */
export function frenchBody(random: Random, context: TextContext): string {
  const writer = new Writer(random, context);
  const target = random.int(BODY_MIN_WORDS + 40, BODY_MAX_WORDS - 60);
  const limit = BODY_MAX_WORDS - 15;
  const headings = random.shuffle(HEADINGS[context.kind]);
  const closing = siteLinks(random, context);
  const blocks: string[] = [];
  let words = countWords(closing);
  const add = (...parts: string[]): boolean => {
    const count = parts.reduce((sum, part) => sum + countWords(part), 0);
    if (words + count > limit) return false;
    blocks.push(...parts);
    words += count;
    return true;
  };

  // Introduction, then a first section that always holds the web link and a list.
  add(`${writer.opening()} ${writer.paragraph(random.int(1, 3))}`);
  add(`## ${headings[0] ?? "Repères"}`, `${writer.paragraph(random.int(1, 2))} ${webLink(random, context)}`, bulletList(writer));

  let section = 1;
  let lists = 1;
  while (words < target) {
    const list = lists < 3 && random.chance(0.2);
    const block = list ? bulletList(writer) : writer.paragraph(random.int(2, 5));
    const heading = section < headings.length && random.chance(0.45) ? [`## ${headings[section]}`] : [];
    if (add(...heading, block)) {
      if (heading.length > 0) section += 1;
      if (list) lists += 1;
      continue;
    }
    // Too long to fit: a single sentence closes the gap instead.
    if (!add(writer.sentence())) break;
  }
  blocks.push(closing);
  return `${blocks.join("\n\n")}\n`;
}

/** One line of plain text, 20 to 320 characters. */
export function frenchSummary(random: Random, context: TextContext): string {
  const where = context.places[0];
  const actor = context.actors[0];
  const candidates: string[] = [];
  switch (context.kind) {
    case "territoire":
      candidates.push(
        `${capitalise(where.setting)}, où ${random.pick(OBSERVATIONS)}.`,
        `${capitalise(where.setting)} : ${random.pick(["coopératives, associations et collectivités", "élus, habitants et entreprises", "acteurs de l’emploi et de l’insertion"])} y cherchent à ${random.pick(ACTIONS)}.`,
      );
      break;
    case "dynamique":
      candidates.push(
        `${capitalise(context.kindLabel ?? "dynamique collective")} ${where.at}, qui cherche à ${random.pick(ACTIONS)} ${random.pick(PURPOSES)}.`,
        `${capitalise(context.kindLabel ?? "dynamique collective")} ${where.at}, avec notamment ${actor}, pour ${random.pick(ACTIONS)}.`,
      );
      break;
    case "visite":
      candidates.push(
        `Visite d’étude ${where.at} pour découvrir comment ${random.pick(SUBJECTS_PLURAL)} ${random.pick(["parviennent à", "cherchent à", "ont appris à"])} ${random.pick(ACTIONS)}.`,
        `Une délégation ${where.at} à la rencontre ${deName(actor)} et de ses partenaires, autour ${deNoun(random.pick(PRINCIPLES))}.`,
      );
      break;
    case "evenement":
      candidates.push(
        `Rencontre ${where.at} consacrée ${aNoun(random.pick(PRINCIPLES))} : ${random.pick(PROGRAMME)}, ${random.pick(PROGRAMME)} et échanges entre acteurs.`,
        `Journée organisée ${where.at} avec ${actor} pour ${random.pick(ACTIONS)}.`,
      );
      break;
  }
  const chosen = random.pick(candidates);
  if (chosen.length <= 320) return chosen;
  const fallback = candidates.find((text) => text.length <= 320);
  return fallback ?? `${chosen.slice(0, 300).replace(/\s+\S*$/, "")}…`;
}
