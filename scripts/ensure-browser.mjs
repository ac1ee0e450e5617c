// Finds a Chromium for the browser tests, installing Debian's package when it is missing and this
// machine can (root with apt-get). Prints the executable's path; exits non-zero with advice if not.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const candidates = [
  process.env.CHROMIUM_PATH,
  // Debian's real binary; the /usr/bin wrapper script prints a harmless error on every start.
  "/usr/lib/chromium/chromium",
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
].filter(Boolean);

export function findChromium() {
  return candidates.find((path) => existsSync(path));
}

function install() {
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"]).status === 0;
  if (!isRoot || !hasApt) return false;
  process.stderr.write(
    "Chromium is missing: installing Debian's chromium package for the browser tests…\n",
  );
  const run = (args) =>
    spawnSync("apt-get", args, {
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    }).status === 0;
  return (
    run(["update", "-qq"]) && run(["install", "-y", "-qq", "--no-install-recommends", "chromium"])
  );
}

export function ensureChromium() {
  const found = findChromium() ?? (install() ? findChromium() : undefined);
  if (!found) {
    throw new Error(
      "The browser tests need Chromium. Install it (Debian/Ubuntu: sudo apt-get install -y chromium; macOS: brew install --cask chromium) or set CHROMIUM_PATH to a Chrome/Chromium executable.",
    );
  }
  return found;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    process.stdout.write(`${ensureChromium()}\n`);
  } catch (error) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
