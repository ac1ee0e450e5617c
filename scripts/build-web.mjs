// Builds web/dist when it is missing or older than the web app's sources, so `npm start` and
// `npm test` always serve the current UI without paying for a build when nothing changed.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const built = join(root, "web", "dist", "index.html");

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestMtime(join(path, name))),
    0,
  );
}

const sources = [
  "web/src",
  "web/index.html",
  "web/vite.config.ts",
  "web/public",
  "packages/contracts/src",
]
  .map((path) => join(root, path))
  .filter((path) => existsSync(path));
const stale =
  !existsSync(built) || sources.some((path) => newestMtime(path) > statSync(built).mtimeMs);

if (stale) {
  process.stdout.write("Building the web app…\n");
  const result = spawnSync("npm", ["run", "build", "-w", "web", "--silent"], {
    cwd: root,
    stdio: "inherit",
  });
  if (result.status !== 0) {
    process.stderr.write("The web app failed to build (see above).\n");
    process.exit(result.status ?? 1);
  }
}
