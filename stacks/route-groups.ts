import { fileURLToPath } from "node:url";
import {
  type HttpGroup,
  httpGroupOf,
  httpGroups,
  httpRoutes,
  webSocketRoutes,
} from "@helios/functions/routes";
import type { Plugin } from "esbuild";

/**
 * On AWS the routes of a group share one function (fewer cold pools): its entry,
 * `functions/groups/<group>.ts`, imports `helios:routes/<group>`, which this esbuild plugin makes
 * from the manifest at bundle time — every route of the group with its handler. A route added to
 * functions/routes.ts joins its group's function with no other file to edit.
 */
export const routeGroupModules: Plugin = {
  name: "helios-route-groups",
  setup(build) {
    build.onResolve({ filter: /^helios:routes\// }, (args) => ({
      path: args.path.slice("helios:routes/".length),
      namespace: "helios-routes",
    }));
    build.onLoad({ filter: /.*/, namespace: "helios-routes" }, (args) => ({
      contents: routeModuleSource(groupRouteHandlers(args.path)),
      resolveDir: repoRoot,
      loader: "js",
    }));
  },
};

const repoRoot = fileURLToPath(new URL("..", import.meta.url));

/** The WebSocket routes' group: one function for `$connect`, `$disconnect` and `$default`. */
export const webSocketGroup = "realtime";
export type FunctionGroup = HttpGroup | typeof webSocketGroup;

export const httpGroupNames = Object.keys(httpGroups) as HttpGroup[];

/** Route key (`"GET /api/me"`, `"$connect"`) → handler, for one group. */
export function groupRouteHandlers(group: string): Record<string, string> {
  if (group === webSocketGroup) return { ...webSocketRoutes };
  if (!(httpGroupNames as string[]).includes(group)) {
    throw new Error(`helios:routes/${group}: no such group in functions/routes.ts`);
  }
  return Object.fromEntries(
    httpRoutes
      .filter((route) => httpGroupOf(route) === group)
      .map((route) => [`${route.method} ${route.path}`, route.handler]),
  );
}

/** The entry of a group's function (SST's handler format). */
export const groupHandler = (group: FunctionGroup) => `functions/groups/${group}.handler`;

/**
 * Static imports of each route's handler: esbuild then keeps only the code those handlers reach (a
 * dynamic import would keep every export of every module on the way).
 */
function routeModuleSource(handlers: Record<string, string>): string {
  const entries = Object.entries(handlers);
  const imports = entries.map(([, handler], index) => {
    const dot = handler.lastIndexOf(".");
    return `import { ${handler.slice(dot + 1)} as route${index} } from ${JSON.stringify(`./${handler.slice(0, dot)}.ts`)};`;
  });
  const routes = entries.map(([key], index) => `  ${JSON.stringify(key)}: route${index},`);
  return `${imports.join("\n")}\nexport const routes = {\n${routes.join("\n")}\n};\n`;
}
