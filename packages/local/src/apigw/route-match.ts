import type { HttpRoute } from "@helios/functions/routes";

export interface MatchedRoute {
  route: HttpRoute;
  pathParameters: Record<string, string>;
}

interface CompiledRoute {
  route: HttpRoute;
  pattern: RegExp;
  names: string[];
  /** Literal segments win over parameters, as in API Gateway. */
  specificity: number;
}

export function compileRoutes(routes: readonly HttpRoute[]) {
  const compiled: CompiledRoute[] = routes.map((route) => {
    const names: string[] = [];
    const segments = route.path.split("/").map((segment) => {
      const param = segment.match(/^\{(\w+)(\+?)\}$/);
      if (!param?.[1]) return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      names.push(param[1]);
      return param[2] ? "(.+)" : "([^/]+)";
    });
    const specificity = route.path.split("/").filter((s) => !s.startsWith("{")).length;
    return { route, pattern: new RegExp(`^${segments.join("/")}$`), names, specificity };
  });
  compiled.sort((a, b) => b.specificity - a.specificity);

  return function match(method: string, path: string): MatchedRoute | undefined {
    for (const { route, pattern, names } of compiled) {
      if (route.method !== method) continue;
      const found = path.match(pattern);
      if (!found) continue;
      const pathParameters: Record<string, string> = {};
      names.forEach((name, index) => {
        pathParameters[name] = decodeURIComponent(found[index + 1] ?? "");
      });
      return { route, pathParameters };
    }
    return undefined;
  };
}
