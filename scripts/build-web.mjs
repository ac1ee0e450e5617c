// Builds web/dist when it is missing, older than the web app's sources, or a deploy build (see
// web-build-check.mjs), so `npm start` and `npm test` always serve the current local UI without
// paying for a build when nothing changed.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { rebuildReason } from "./web-build-check.mjs";

const root = new URL("..", import.meta.url).pathname;

const sources = [
  "web/src",
  "web/index.html",
  "web/vite.config.ts",
  "web/public",
  "packages/contracts/src",
].map((path) => join(root, path));
const reason = rebuildReason(join(root, "web", "dist"), sources);

if (reason) {
  process.stdout.write(`Building the web app (${reason})…\n`);
  const result = spawnSync("npm", ["run", "build", "-w", "web", "--silent"], {
    cwd: root,
    stdio: "inherit",
  });
  if (result.status !== 0) {
    process.stderr.write("The web app failed to build (see above).\n");
    process.exit(result.status ?? 1);
  }
}
