// Decides whether web/dist can be served by the local cloud as it is.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/**
 * `sst build`/`sst deploy` builds web/dist with placeholders (`{{ VITE_API_URL }}`) that SST fills
 * in only in the copy it uploads. Served locally, every API call would go to a URL named
 * "{{ VITE_API_URL }}/api/…" and come back as index.html: such a build is never the local one.
 */
const PLACEHOLDER = /\{\{ *VITE_[A-Z0-9_]+ *\}\}/;

export function isDeployBuild(dist) {
  const files = [join(dist, "index.html")];
  const assets = join(dist, "assets");
  if (existsSync(assets)) {
    for (const name of readdirSync(assets)) {
      if (name.endsWith(".js")) files.push(join(assets, name));
    }
  }
  return files.some((file) => existsSync(file) && PLACEHOLDER.test(readFileSync(file, "utf8")));
}

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestMtime(join(path, name))),
    0,
  );
}

/** Why web/dist must be built again (missing, older than its sources, or a deploy build), or null. */
export function rebuildReason(dist, sources) {
  const built = join(dist, "index.html");
  if (!existsSync(built)) return "it is not built yet";
  if (isDeployBuild(dist)) return "web/dist is a deploy build (placeholders from sst build)";
  const builtAt = statSync(built).mtimeMs;
  const changed = sources
    .filter((path) => existsSync(path))
    .some((path) => newestMtime(path) > builtAt);
  return changed ? "its sources changed" : null;
}
