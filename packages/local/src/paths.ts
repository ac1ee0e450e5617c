import { fileURLToPath } from "node:url";

/** The repository root: handler paths in the route manifest are relative to it (SST's format). */
export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
