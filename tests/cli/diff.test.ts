/**
 * `npm run diff -- <base>` on a real git repository: the base is a commit, the version under
 * review is the working tree, and the report is the French Markdown an editor reads in the
 * summary of a pull request.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { BASE_FILES, PROJECT_ROOT, makeProject } from "../helpers/fixture-project.ts";
import { fileHashes } from "../helpers/hash-tree.ts";

const TSX = pathToFileURL(join(PROJECT_ROOT, "node_modules", "tsx", "dist", "loader.mjs")).href;

/** Narrow and regular no-break spaces shown as `⍽` so that snapshots show where they are. */
const visible = (text: string) => text.replace(/[\u00a0\u202f]/g, "⍽");

function diff(root: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const environment: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", ...env };
  // The address of the site comes from data/site.json here, unless the test gives one.
  if (!("OBSERVATOIRE_URL" in env)) delete environment["OBSERVATOIRE_URL"];
  delete environment["OBSERVATOIRE_PATH_PREFIX"];
  const result = spawnSync(process.execPath, ["--import", TSX, join(PROJECT_ROOT, "scripts", "cli", "diff.ts"), ...args], {
    cwd: root,
    encoding: "utf8",
    env: environment,
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function git(root: string, ...args: string[]): string {
  const result = spawnSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", ...args], {
    cwd: root,
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`git ${args.join(" ")}: ${result.stderr}`);
  return result.stdout;
}

/** A project folder that is a git repository whose branch `main` holds `files`, and is checked out on `proposition`. */
function repositoryWith(files: Record<string, string>): string {
  const root = makeProject(files);
  git(root, "init", "--quiet", "--initial-branch=main");
  git(root, "add", "--all");
  git(root, "commit", "--quiet", "--message=Base");
  git(root, "checkout", "--quiet", "-b", "proposition");
  return root;
}

function dynamic(title: string, summary: string, territory = "figeac"): string {
  return `---\ntitle: ${title}\nsummary: ${summary}\nkind: ptce\nterritory: ${territory}\nsources:\n  - title: Source de la fiche\n---\nTexte de la fiche.\n`;
}

const BASE = {
  "content/dynamiques/ancienne-cooperative.md": dynamic("Ancienne coopérative", "Une coopérative du Figeacois qui a fermé ses portes depuis."),
  "content/dynamiques/atelier-partage.md": dynamic("Atelier partagé", "Un atelier partagé ouvert aux habitants et aux artisans de Figeac."),
};

describe("npm run diff", () => {
  it("lists the pages a version adds, changes and removes, and what each dossier gains and loses, with their addresses", () => {
    const root = repositoryWith(BASE);
    rmSync(join(root, "content/dynamiques/ancienne-cooperative.md"));
    writeFileSync(
      join(root, "content/dynamiques/atelier-partage.md"),
      dynamic("Atelier partagé", "Un atelier partagé ouvert aux habitants, aux artisans et aux écoles de Figeac."),
    );
    // A title with Markdown's own characters shows as written, not as emphasis or a link.
    writeFileSync(
      join(root, "content/dynamiques/nouvelle-monnaie.md"),
      dynamic("La *Monnaie* [locale]", "Une monnaie locale complémentaire lancée à Figeac par ses commerçants."),
    );
    git(root, "add", "--all");
    const before = fileHashes(root);

    const result = diff(root, ["main"], { OBSERVATOIRE_URL: "https://observatoire-ess.github.io/observatoire" });

    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(visible(result.stdout)).toMatchInlineSnapshot(`
      "## Changements sur le site

      Par rapport à «⍽main⍽»⍽: 1 page ajoutée, 4 pages modifiées, 1 page retirée.

      ### Pages ajoutées (1)

      - Dynamique⍽: [La⍽\\*Monnaie\\* \\[locale\\]](https://observatoire-ess.github.io/observatoire/dynamiques/nouvelle-monnaie/)

      ### Pages modifiées (4)

      - Dynamique⍽: [Atelier partagé](https://observatoire-ess.github.io/observatoire/dynamiques/atelier-partage/)
      - Dossier⍽: [Figeac](https://observatoire-ess.github.io/observatoire/territoires/figeac/)
      - Dossier⍽: [Lot](https://observatoire-ess.github.io/observatoire/territoires/lot/)
      - Dossier⍽: [Occitanie](https://observatoire-ess.github.io/observatoire/territoires/occitanie/)

      ### Pages retirées (1)

      - Dynamique⍽: [Ancienne coopérative](https://observatoire-ess.github.io/observatoire/dynamiques/ancienne-cooperative/)

      ### Fiches gagnées et perdues par les dossiers

      - [Figeac](https://observatoire-ess.github.io/observatoire/territoires/figeac/)⍽: gagne [La⍽\\*Monnaie\\* \\[locale\\]](https://observatoire-ess.github.io/observatoire/dynamiques/nouvelle-monnaie/)⍽; perd [Ancienne coopérative](https://observatoire-ess.github.io/observatoire/dynamiques/ancienne-cooperative/).
      - [Lot](https://observatoire-ess.github.io/observatoire/territoires/lot/)⍽: gagne [La⍽\\*Monnaie\\* \\[locale\\]](https://observatoire-ess.github.io/observatoire/dynamiques/nouvelle-monnaie/)⍽; perd [Ancienne coopérative](https://observatoire-ess.github.io/observatoire/dynamiques/ancienne-cooperative/).
      - [Occitanie](https://observatoire-ess.github.io/observatoire/territoires/occitanie/)⍽: gagne [La⍽\\*Monnaie\\* \\[locale\\]](https://observatoire-ess.github.io/observatoire/dynamiques/nouvelle-monnaie/)⍽; perd [Ancienne coopérative](https://observatoire-ess.github.io/observatoire/dynamiques/ancienne-cooperative/).
      "
    `);
    // The working tree and the index are as they were: the base was read from git, not checked out.
    expect(fileHashes(root)).toEqual(before);
  });

  it("writes the same report to the file given by --output, for $GITHUB_STEP_SUMMARY", () => {
    const root = repositoryWith(BASE);
    const summary = join(root, "..", `${root.split("/").pop()}-resume.md`);
    const result = diff(root, ["main", `--output=${summary}`]);
    try {
      expect(result.status).toBe(0);
      expect(readFileSync(summary, "utf8")).toBe(result.stdout);
      expect(visible(result.stdout)).toMatchInlineSnapshot(`
        "## Changements sur le site

        Par rapport à «⍽main⍽», aucune page du site ne change.
        "
      `);
    } finally {
      rmSync(summary, { force: true });
    }
  });

  it("says that the base has content errors instead of comparing", () => {
    const root = repositoryWith({ ...BASE, "content/dynamiques/atelier-partage.md": dynamic("Atelier partagé", "Trop court.") });
    writeFileSync(
      join(root, "content/dynamiques/atelier-partage.md"),
      dynamic("Atelier partagé", "Un atelier partagé ouvert aux habitants et aux artisans de Figeac."),
    );
    const result = diff(root, ["main"]);
    expect(result.status).toBe(0);
    expect(visible(result.stdout)).toMatchInlineSnapshot(`
      "## Changements sur le site

      La version de base «⍽main⍽» comporte 1 erreur de contenu dans 1 fichier⍽: la comparaison est impossible. Cette erreur ne vient pas des modifications comparées⍽:

      \`\`\`text
      content/dynamiques/atelier-partage.md:3:10  le champ «⍽summary⍽» est trop court (11 caractères, minimum 20).
      \`\`\`
      "
    `);
  });

  it("says that the version under review has content errors, which check details", () => {
    const root = repositoryWith(BASE);
    writeFileSync(join(root, "content/dynamiques/atelier-partage.md"), dynamic("Atelier partagé", "Un atelier partagé à Figeak.", "figeak"));
    const result = diff(root, ["main"]);
    expect(result.status).toBe(0);
    expect(visible(result.stdout)).toMatchInlineSnapshot(`
      "## Changements sur le site

      Le contenu comporte 1 erreur dans 1 fichier⍽: la comparaison sera possible une fois cette erreur corrigée (voir «⍽npm run check⍽»)⍽:

      \`\`\`text
      content/dynamiques/atelier-partage.md:5:12  territoire «⍽figeak⍽» introuvable dans content/territoires/. Vouliez-vous dire «⍽figeac⍽»⍽? Créez-le avec « npm run new -- territoire "Nom" » si besoin.
      \`\`\`
      "
    `);
  });

  it("compares the project's own folder when the project is a folder of a larger repository", () => {
    const repository = makeProject({}, { withBase: false });
    const root = join(repository, "observatoire");
    mkdirSync(root);
    for (const folder of ["content", "data"]) renameSync(join(repository, folder), join(root, folder));
    for (const [path, text] of Object.entries({ ...BASE_FILES, ...BASE })) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    git(repository, "init", "--quiet", "--initial-branch=main");
    git(repository, "add", "--all");
    git(repository, "commit", "--quiet", "--message=Base");
    rmSync(join(root, "content/dynamiques/ancienne-cooperative.md"));

    const result = diff(root, ["main"]);
    expect(result.status).toBe(0);
    expect(visible(result.stdout)).toMatchInlineSnapshot(`
      "## Changements sur le site

      Par rapport à «⍽main⍽»⍽: 0 page ajoutée, 3 pages modifiées, 1 page retirée.

      ### Pages modifiées (3)

      - Dossier⍽: [Figeac](https://observatoire-ess.example.org/territoires/figeac/)
      - Dossier⍽: [Lot](https://observatoire-ess.example.org/territoires/lot/)
      - Dossier⍽: [Occitanie](https://observatoire-ess.example.org/territoires/occitanie/)

      ### Pages retirées (1)

      - Dynamique⍽: [Ancienne coopérative](https://observatoire-ess.example.org/dynamiques/ancienne-cooperative/)

      ### Fiches gagnées et perdues par les dossiers

      - [Figeac](https://observatoire-ess.example.org/territoires/figeac/)⍽: perd [Ancienne coopérative](https://observatoire-ess.example.org/dynamiques/ancienne-cooperative/).
      - [Lot](https://observatoire-ess.example.org/territoires/lot/)⍽: perd [Ancienne coopérative](https://observatoire-ess.example.org/dynamiques/ancienne-cooperative/).
      - [Occitanie](https://observatoire-ess.example.org/territoires/occitanie/)⍽: perd [Ancienne coopérative](https://observatoire-ess.example.org/dynamiques/ancienne-cooperative/).
      "
    `);
  });

  it("refuses a revision git does not know, and a missing one, in French", () => {
    const root = repositoryWith(BASE);
    const unknown = diff(root, ["origin/main"]);
    expect(unknown.status).toBe(1);
    expect(visible(unknown.stdout)).toMatchInlineSnapshot(`
      "## Changements sur le site

      ✘ «⍽origin/main⍽» n’est pas une version connue de ce dépôt git. Donnez une branche, une étiquette ou un commit⍽; une branche d’un autre dépôt se récupère d’abord, par exemple avec «⍽git fetch origin main⍽».
      "
    `);
    const missing = diff(root, []);
    expect(missing.status).toBe(1);
    expect(visible(missing.stderr)).toMatchInlineSnapshot(`
      "Usage⍽: npm run diff -- <version de base> [--output=fichier.md]. La version de base est une branche, une étiquette ou un commit de git, par exemple «⍽origin/main⍽».
      "
    `);
  });
});
