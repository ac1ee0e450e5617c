// `npm test`: checks what the suite needs (Java 17+ for DynamoDB Local, Chromium for the browser
// tests, a current web build), then runs every test once with vitest.
import { spawnSync } from "node:child_process";
import { ensureChromium } from "./ensure-browser.mjs";

const fail = (message) => {
  process.stderr.write(`\n${message}\n`);
  process.exit(1);
};

const java = spawnSync("java", ["-version"], { encoding: "utf8" });
const major = Number((java.stderr ?? "").match(/version "(\d+)/)?.[1] ?? 0);
if (java.error || major < 17) {
  fail(
    "The tests run DynamoDB Local, which needs Java 17 or newer. Install it (Debian/Ubuntu: sudo apt-get install -y openjdk-17-jre-headless; macOS: brew install openjdk@17) and run npm test again.",
  );
}

try {
  process.env.CHROMIUM_PATH = ensureChromium();
} catch (error) {
  fail(error.message);
}

const build = spawnSync(process.execPath, ["scripts/build-web.mjs"], { stdio: "inherit" });
if (build.status !== 0) process.exit(build.status ?? 1);

const vitest = spawnSync("npx", ["vitest", "run", ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(vitest.status ?? 1);
