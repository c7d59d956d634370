/**
 * Test-only file-system faults for a command run as a child process. `run-cli.ts` loads
 * this module with `--import` before the command when `OBSERVATOIRE_TEST_FAULT` is set;
 * it makes Node's own `fs` fail the way a real disk does, for every writer at once
 * (Eleventy, Pagefind's bundle, the open data, the service worker), without root rights
 * nor a tiny disk, and without any seam in the production code.
 *
 * - `disk-full-after:N`: once N files were written into a staging folder, every further
 *   write there fails with ENOSPC, as on a full disk (folders can still be made: a full
 *   disk usually has inodes left).
 * - `rename-fails:retire`: moving `_site/` aside fails with EBUSY, as for a mount point.
 * - `rename-fails:publish`: moving the staging folder to `_site/` fails with EBUSY, after
 *   the previous `_site/` was moved aside.
 */
import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import { basename } from "node:path";

const fault = process.env["OBSERVATOIRE_TEST_FAULT"] ?? "";

function systemError(code: string, errno: number, text: string, syscall: string, path?: string, dest?: string): NodeJS.ErrnoException {
  const where = path === undefined ? "" : dest === undefined ? ` '${path}'` : ` '${path}' -> '${dest}'`;
  return Object.assign(new Error(`${code}: ${text}, ${syscall}${where}`), { code, errno, syscall, path, dest });
}

function isInStaging(target: unknown): boolean {
  return typeof target === "string" && /[\\/]_site\.staging-\d+[\\/]/.test(target);
}

const diskFull = /^disk-full-after:(\d+)$/.exec(fault);
if (diskFull) {
  let room = Number(diskFull[1]);
  // Like the kernel's answer to a write on a full disk: no path, syscall `write`.
  const takeRoom = (target: unknown): NodeJS.ErrnoException | undefined => {
    if (!isInStaging(target)) return undefined;
    if (room > 0) {
      room -= 1;
      return undefined;
    }
    return systemError("ENOSPC", -28, "no space left on device", "write");
  };
  const writeFileSync = fs.writeFileSync;
  fs.writeFileSync = ((target: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
    const error = takeRoom(target);
    if (error) throw error;
    return (writeFileSync as (...args: unknown[]) => void)(target, ...rest);
  }) as typeof fs.writeFileSync;
  const writeFile = fs.promises.writeFile;
  fs.promises.writeFile = ((target: unknown, ...rest: unknown[]) => {
    const error = takeRoom(target);
    if (error) return Promise.reject(error);
    return (writeFile as (...args: unknown[]) => Promise<void>)(target, ...rest);
  }) as typeof fs.promises.writeFile;
}

const renameFails = /^rename-fails:(retire|publish)$/.exec(fault);
if (renameFails) {
  const failing = (from: unknown): boolean =>
    typeof from === "string" && (renameFails[1] === "retire" ? basename(from) === "_site" : /^_site\.staging-\d+$/.test(basename(from)));
  const renameSync = fs.renameSync;
  fs.renameSync = ((from: fs.PathLike, to: fs.PathLike) => {
    if (failing(from)) throw systemError("EBUSY", -16, "resource busy or locked", "rename", String(from), String(to));
    renameSync(from, to);
  }) as typeof fs.renameSync;
  const rename = fs.promises.rename;
  fs.promises.rename = ((from: fs.PathLike, to: fs.PathLike) => {
    if (failing(from)) return Promise.reject(systemError("EBUSY", -16, "resource busy or locked", "rename", String(from), String(to)));
    return rename(from, to);
  }) as typeof fs.promises.rename;
}

if (fault && !diskFull && !renameFails) throw new Error(`OBSERVATOIRE_TEST_FAULT inconnu : ${fault}`);

// ES modules that import `{ writeFile }` from "node:fs/promises" see the replacements too.
syncBuiltinESMExports();
