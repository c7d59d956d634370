/**
 * `npm start` on the starter content: each save updates exactly the pages, dossiers, feed,
 * sitemap, open data and search index it affects, leaves every other page file untouched,
 * and ends with the same files a full `npm run build` of the same content writes — in its
 * own folder, `.apercu/`, never in the published `_site/`. Its server listens on this
 * machine only unless `--host` says otherwise, and no request path can stop it.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { endianness, networkInterfaces } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BASE_FILES, PROJECT_ROOT, plain } from "../helpers/fixture-project.ts";
import { fileHashes } from "../helpers/hash-tree.ts";
import { type RunningPreview, rawGet, startPreview } from "../helpers/preview-process.ts";
import { expectBuilt, makeSiteProject, removeProject, runCli } from "../helpers/run-cli.ts";
import { searchRecords } from "../helpers/search-records.ts";

const ENV = { OBSERVATOIRE_PUBLISHED_AT: "2026-11-23T10:00:00+01:00" };
const UPDATED = /✔ Aperçu à jour en \d+ ms/;
const SERVING = /Aperçu de l’observatoire : \S+/;
const INDEXED = /✔ Index de recherche de l’aperçu à jour/;

const NEW_ENTRY = `---
title: Recyclerie du Célé
summary: Recyclerie associative de la vallée du Célé, qui forme des salariés en insertion.
kind: tiers-lieu
territory: figeac
themes: [emploi-insertion]
actors: [REGAIN]
sources:
  - title: Une recyclerie dans la vallée du Célé
---
La recyclerie collecte les objets du quotidien et les remet en état avec des salariés en parcours zinzolinesque.
`;

let root: string;
/** The preview's own folder. */
let site: string;
/** The folder `npm run build` publishes, which the preview must leave alone. */
let published: string;
let publishedBefore: Record<string, string>;
let preview: RunningPreview;
let updates = 0;
let indexes = 0;

/** Every page file with its modification time. */
function pageTimes(): Map<string, number> {
  const times = new Map<string, number>();
  for (const entry of readdirSync(site, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith(".html")) {
      const path = join(entry.parentPath, entry.name);
      times.set(relative(site, path), statSync(path).mtimeMs);
    }
  }
  return times;
}

function rewritten(before: Map<string, number>): string[] {
  const after = pageTimes();
  return [...after].filter(([path, time]) => before.get(path) !== time).map(([path]) => path).sort();
}

/** Saves a file the way an editor does, then waits for the preview and for its search index. */
async function save(path: string, text: string | undefined): Promise<void> {
  if (text === undefined) rmSync(join(root, path));
  else writeFileSync(join(root, path), text);
  await preview.waitForOutput(UPDATED, ++updates);
  await preview.waitForOutput(INDEXED, ++indexes);
}

/** A file of the preview's site, no-break spaces (French typography) read as spaces. */
const page = (path: string) => plain(readFileSync(join(site, path), "utf8"));
const indexed = (url: string) => searchRecords(site).find((record) => record.url === url);

describe("npm start", () => {
  beforeAll(async () => {
    root = makeSiteProject({ from: join(PROJECT_ROOT, "content") });
    site = join(root, ".apercu");
    // An edition already published, as `npm run build` leaves it, with a page the session edits.
    published = join(root, "_site");
    mkdirSync(join(published, "dynamiques", "figeacteurs"), { recursive: true });
    writeFileSync(join(published, "index.html"), "<p>Édition publiée</p>\n");
    writeFileSync(join(published, "dynamiques", "figeacteurs", "index.html"), "<p>Pôle territorial, version publiée</p>\n");
    publishedBefore = fileHashes(published);
    preview = await startPreview(root, ENV);
    await preview.waitForOutput(SERVING, 1);
    await preview.waitForOutput(UPDATED, ++updates);
    await preview.waitForOutput(INDEXED, ++indexes);
  }, 120_000);

  afterAll(async () => {
    await preview?.stop();
    if (root) removeProject(root);
  });

  it("serves the site and says, in French, where", async () => {
    const response = await fetch(`${preview.origin}/dynamiques/figeacteurs/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("<h1 data-pagefind-meta=\"title\">Figeacteurs</h1>");
    expect(preview.output()).not.toMatch(/\[11ty\]|Wrote \d+ files/);
  });

  it("after an edit, rewrites the entry's page and the pages listing it, and no other page", async () => {
    const path = "content/dynamiques/figeacteurs.md";
    const before = pageTimes();
    const original = readFileSync(join(root, path), "utf8");
    await save(path, original.replace("summary: \"Pôle", "summary: \"Le pôle").replace("Ses membres fondateurs", "Ses membres fondateurs zinzolinesques"));

    expect(rewritten(before)).toEqual(
      expect.arrayContaining(["dynamiques/figeacteurs/index.html", "territoires/figeac/index.html", "territoires/occitanie/index.html", "acteurs/regain/index.html"]),
    );
    expect(rewritten(before)).not.toContain("dynamiques/eusko/index.html");
    expect(rewritten(before)).not.toContain("territoires/bretagne/index.html");
    expect(page("dynamiques/figeacteurs/index.html")).toContain("Le pôle territorial");
    expect(page("nouveautes.xml")).toContain("zinzolinesques");
    expect(indexed("/dynamiques/figeacteurs/")?.content).toContain("zinzolinesques");
    expect(indexed("/dynamiques/eusko/")).toBeDefined();
    expect(preview.output()).toMatch(/✔ Aperçu à jour en \d+ ms : \d+ pages rendues\./);
  });

  it("after an entry is added, publishes its page and lists it in its dossiers, the sitemap, the open data and the index", async () => {
    const before = pageTimes();
    await save("content/dynamiques/recyclerie-du-cele.md", NEW_ENTRY);
    expect(rewritten(before)).toEqual(expect.arrayContaining(["dynamiques/recyclerie-du-cele/index.html", "territoires/figeac/index.html"]));
    expect(rewritten(before)).not.toContain("dynamiques/eusko/index.html");
    expect(page("territoires/figeac/index.html")).toContain("Recyclerie du Célé");
    expect(page("sitemap.xml")).toContain("/dynamiques/recyclerie-du-cele/");
    expect(page("donnees/dynamiques.csv")).toContain("Recyclerie du Célé");
    expect(indexed("/dynamiques/recyclerie-du-cele/")?.content).toContain("zinzolinesque");
    const response = await fetch(`${preview.origin}/dynamiques/recyclerie-du-cele/`);
    expect(response.status).toBe(200);
  });

  it("after an entry is deleted, removes its page and every mention of it", async () => {
    await save("content/dynamiques/recyclerie-du-cele.md", undefined);
    expect(existsSync(join(site, "dynamiques/recyclerie-du-cele"))).toBe(false);
    expect(page("territoires/figeac/index.html")).not.toContain("Recyclerie du Célé");
    expect(page("sitemap.xml")).not.toContain("/dynamiques/recyclerie-du-cele/");
    expect(page("donnees/dynamiques.csv")).not.toContain("Recyclerie du Célé");
    expect(indexed("/dynamiques/recyclerie-du-cele/")).toBeUndefined();
    expect(preview.output()).toMatch(/pages? retirées?\./);
  });

  it("keeps the last valid version while a file is broken, and says why in French", async () => {
    const before = pageTimes();
    writeFileSync(join(root, "content/dynamiques/casse.md"), "---\ntitle: [\n---\n");
    await preview.waitForOutput(/L’aperçu montre encore la dernière version valide/, 1);
    expect(preview.output()).toContain("content/dynamiques/casse.md:2:");
    rmSync(join(root, "content/dynamiques/casse.md"));
    await preview.waitForOutput(UPDATED, ++updates);
    await preview.waitForOutput(INDEXED, ++indexes);
    // Back to the same valid content: no page made from an entry or a dossier is rendered again.
    expect(rewritten(before).filter((path) => /^(dynamiques|visites|evenements|territoires|themes|acteurs)\/.+\//.test(path))).toEqual([]);
  });

  it("after a template changes, renders every page made from it again", async () => {
    const template = join(root, "layouts/partials/pages/dynamique.njk");
    const original = readFileSync(template, "utf8");
    const before = pageTimes();
    await save("layouts/partials/pages/dynamique.njk", `${original}<p class="note-de-test">Gabarit modifié</p>\n`);
    const dynamicPages = [...before.keys()].filter((path) => /^dynamiques\/.+\/index\.html$/.test(path));
    expect(dynamicPages.length).toBeGreaterThan(15);
    expect(rewritten(before)).toEqual(expect.arrayContaining(dynamicPages));
    expect(page("dynamiques/eusko/index.html")).toContain("Gabarit modifié");
    await save("layouts/partials/pages/dynamique.njk", original);
    expect(page("dynamiques/eusko/index.html")).not.toContain("Gabarit modifié");
  });

  it("leaves the published _site/ as it was, and keeps the session's edits in .apercu/", () => {
    expect(fileHashes(published)).toEqual(publishedBefore);
    expect(page("dynamiques/figeacteurs/index.html")).toContain("Le pôle territorial");
    expect(page("donnees/dynamiques.csv")).toContain("Figeacteurs");
    expect(existsSync(join(site, "pagefind", "pagefind-entry.json"))).toBe(true);
  });

  it("ends with the files a full build of the same content writes", async () => {
    const built = makeSiteProject({ from: join(root, "content") });
    try {
      expectBuilt(runCli("build", [], built, ENV));
      // The search index and the offline copy differ by construction (see reproducible.test.ts);
      // everything else is compared byte for byte.
      const comparable = (hashes: Record<string, string>) =>
        Object.fromEntries(Object.entries(hashes).filter(([path]) => !path.startsWith("pagefind/") && path !== "sw.js"));
      expect(comparable(fileHashes(site))).toEqual(comparable(fileHashes(join(built, "_site"))));
    } finally {
      removeProject(built);
    }
  });

  it("listens on this machine only when no --host is given, and says so", async () => {
    expect(listeningAddresses(preview.port)).toEqual(["127.0.0.1"]);
    for (const address of nonLoopbackAddresses()) expect(await accepts(address, preview.port), address).toBe(false);
    expect((await rawGet(preview.port, "/")).status).toBe(200);
    expect(preview.output()).toMatch(/Aperçu de l’observatoire : http:\/\/127\.0\.0\.1:\d+\/\nVisible de cette machine seulement\./);
  });

  // Last: on a preview that does not survive these requests, the tests above still say what they prove.
  it("answers 400 to a malformed path or one leaving its folder, and goes on serving", async () => {
    for (const path of ["/%", "/%ff", "/..%2fpackage.json", "/%2e%2e%2fpackage.json"]) {
      const response = await rawGet(preview.port, path);
      expect(response.status, path).toBe(400);
      expect(plain(response.body), path).toContain("Adresse refusée : ce chemin est mal formé ou sort du dossier de l’aperçu.");
    }
    expect(preview.running()).toBe(true);
    const home = await rawGet(preview.port, "/");
    expect(home.status).toBe(200);
    expect(home.body).toContain("<html lang=\"fr\"");
    expect(preview.output()).not.toMatch(/URIError|Invalid path/);
  });
});

describe("npm start --host", () => {
  it("listens on the address given, and only there", async () => {
    const project = makeSiteProject({ files: BASE_FILES });
    // Another loopback address: it shows the argument reaches the server, without opening the machine.
    const other = await startPreview(project, ENV, ["--host=127.0.0.2"]);
    try {
      await other.waitForOutput(SERVING, 1);
      expect(listeningAddresses(other.port)).toEqual(["127.0.0.2"]);
      expect((await rawGet(other.port, "/dynamiques/figeacteurs/", "127.0.0.2")).status).toBe(200);
      expect(await accepts("127.0.0.1", other.port)).toBe(false);
      expect(other.output()).toMatch(/Aperçu de l’observatoire : http:\/\/127\.0\.0\.2:\d+\//);
    } finally {
      await other.stop();
      removeProject(project);
    }
  });

  it("refuses, in French, an address that is not an IP address", async () => {
    const project = makeSiteProject({ files: BASE_FILES });
    const refused = await startPreview(project, ENV, ["--host=tout-le-monde"]);
    try {
      await refused.waitForOutput(/n’est pas une adresse IP/, 1, 30_000);
      expect(await refused.exited).toBe(1);
      expect(refused.output()).toContain("« --host=tout-le-monde » n’est pas une adresse IP.");
      expect(refused.output()).not.toMatch(/^\s+at /m);
      expect(existsSync(join(project, ".apercu"))).toBe(false);
    } finally {
      await refused.stop();
      removeProject(project);
    }
  });
});

/**
 * The local addresses listening on TCP `port`, read from the kernel's socket tables (Linux):
 * what the server really opened, whatever it prints.
 */
function listeningAddresses(port: number): string[] {
  const addresses: string[] = [];
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    if (!existsSync(table)) continue;
    for (const line of readFileSync(table, "utf8").trim().split("\n").slice(1)) {
      const [, local = "", , state] = line.trim().split(/\s+/);
      const [hex = "", portHex = ""] = local.split(":");
      // State 0A is LISTEN.
      if (state === "0A" && Number.parseInt(portHex, 16) === port) addresses.push(kernelAddress(hex));
    }
  }
  return addresses.sort();
}

/** The kernel writes an address as 32-bit words, each in the machine's byte order. */
function kernelAddress(hex: string): string {
  const bytes = (hex.match(/../g) ?? []).map((byte) => Number.parseInt(byte, 16));
  const ordered: number[] = [];
  for (let word = 0; word < bytes.length; word += 4) {
    const wordBytes = bytes.slice(word, word + 4);
    ordered.push(...(endianness() === "LE" ? wordBytes.reverse() : wordBytes));
  }
  if (ordered.length === 4) return ordered.join(".");
  const groups: string[] = [];
  for (let at = 0; at < ordered.length; at += 2) groups.push((((ordered[at] ?? 0) << 8) | (ordered[at + 1] ?? 0)).toString(16));
  // The URL parser writes IPv6 addresses in their short form (`::`, `::1`).
  return new URL(`http://[${groups.join(":")}]/`).hostname.slice(1, -1);
}

/** This machine's addresses that other machines can reach (link-local ones need an interface name: left out). */
function nonLoopbackAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flatMap((addresses) => addresses ?? [])
    .filter((address) => !address.internal && !address.address.toLowerCase().startsWith("fe80:"))
    .map((address) => address.address);
}

/** Whether a TCP connection to `host:port` is accepted; a refusal, an unreachable host or 5 s of silence mean no. */
function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.setTimeout(5_000, () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

describe("npm start on broken content", () => {
  it("says in French what to fix, and does not start", () => {
    const broken = makeSiteProject({ from: join(PROJECT_ROOT, "content"), files: { "content/dynamiques/casse.md": "---\ntitle: Cassé\nsumary: x\n---\n" } });
    try {
      const result = runCli("start", ["--port=1"], broken);
      expect(result.status).toBe(1);
      expect(plain(result.stderr)).toContain("content/dynamiques/casse.md:3:1  champ « sumary » inconnu");
      expect(plain(result.stderr)).toContain("L’aperçu ne peut pas démarrer tant que le contenu comporte des erreurs.");
      expect(result.stderr).not.toMatch(/^\s+at /m);
      expect(existsSync(join(broken, "_site"))).toBe(false);
      expect(existsSync(join(broken, ".apercu"))).toBe(false);
    } finally {
      removeProject(broken);
    }
  });
});
