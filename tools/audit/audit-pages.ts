/**
 * The pages `npm run audit` measures: one of each kind of page the site publishes, picked
 * in the starter content (the audit of another content names its own with `--page`).
 * The search page is audited with a query, since its results and filters are what
 * arrives late and may shift the layout or hold the main thread.
 */
export interface AuditedPage {
  /** What the page is, as the French table names it. */
  readonly label: string;
  /** Site path, below the path prefix, with its query if any. */
  readonly path: string;
}

export const AUDITED_PAGES: readonly AuditedPage[] = [
  { label: "Accueil", path: "/" },
  { label: "Dynamique", path: "/dynamiques/eusko/" },
  { label: "Visite d’étude", path: "/visites/figeac-2018/" },
  { label: "Événement", path: "/evenements/mois-ess-2014-pays-midi-quercy/" },
  { label: "Dossier de commune (Figeac)", path: "/territoires/figeac/" },
  { label: "Dossier de département (Lot)", path: "/territoires/lot/" },
  { label: "Dossier de région (Occitanie)", path: "/territoires/occitanie/" },
  { label: "Liste (dynamiques)", path: "/dynamiques/" },
  { label: "Liste des territoires", path: "/territoires/" },
  { label: "Chronologie", path: "/chronologie/" },
  { label: "Recherche (« monnaie »)", path: "/recherche/?q=monnaie" },
  { label: "Données", path: "/donnees/" },
  { label: "Acteurs", path: "/acteurs/" },
  { label: "Acteur", path: "/acteurs/euskal-moneta/" },
  { label: "Thèmes", path: "/themes/" },
  { label: "Thème", path: "/themes/finance-solidaire/" },
];

/**
 * The pages named on the command line (`--page /recherche/?q=monnaie`, repeatable), or
 * every page of the list. A path of the list keeps its label; any other is labelled by itself.
 */
export function pagesToAudit(args: readonly string[]): AuditedPage[] {
  const named: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? "";
    if (arg === "--page" && args[index + 1] !== undefined) named.push(args[(index += 1)] ?? "");
    else if (arg.startsWith("--page=")) named.push(arg.slice("--page=".length));
  }
  if (named.length === 0) return [...AUDITED_PAGES];
  return named.map((path) => AUDITED_PAGES.find((page) => page.path === path) ?? { label: path, path });
}

/** How many times each page is audited (`--runs 5`), 3 unless said: its median run is kept. */
export function runsAsked(args: readonly string[]): number {
  const at = args.indexOf("--runs");
  const given = at >= 0 ? args[at + 1] : args.find((arg) => arg.startsWith("--runs="))?.slice("--runs=".length);
  if (given === undefined) return DEFAULT_RUNS;
  const runs = Number(given);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs attend un nombre entier de passages, au moins 1 (reçu « ${given} »).`);
  return runs;
}
const DEFAULT_RUNS = 3;
