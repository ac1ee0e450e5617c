import { agentRoutes } from "./agents";
import { authRoutes } from "./auth";
import { cannedResponseRoutes } from "./canned-responses";
import { contactRoutes } from "./contacts";
import { conversationRoutes } from "./conversations";
import type { RouteSpec } from "./define";
import { integrationRoutes } from "./integrations";
import { invitationRoutes } from "./invitations";
import { labelRoutes } from "./labels";
import { memberRoutes } from "./members";
import { notificationRoutes } from "./notifications";
import { numberRoutes } from "./numbers";
import { systemRoutes } from "./system";
import { teamRoutes } from "./team";
import { webhookRoutes } from "./webhooks";

export * from "./define";

/**
 * Every HTTP route, keyed by operation id: the one list the handlers (functions/routes.ts), the API
 * document (openapi.ts), the web's client and the route-enumerating tests are derived from. Adding
 * a route is an entry here plus its handler file (`handlerOf(id)`).
 */
export const routes = {
  ...systemRoutes,
  ...authRoutes,
  ...invitationRoutes,
  ...memberRoutes,
  ...teamRoutes,
  ...integrationRoutes,
  ...agentRoutes,
  ...numberRoutes,
  ...conversationRoutes,
  ...notificationRoutes,
  ...labelRoutes,
  ...cannedResponseRoutes,
  ...contactRoutes,
  ...webhookRoutes,
} satisfies Record<string, RouteSpec>;

export type Routes = typeof routes;
export type RouteId = keyof Routes;

/** The table as a list, for what enumerates routes (hosts, the API document, tests). */
export const routeList = (Object.keys(routes) as RouteId[]).map((id) => ({
  id,
  ...(routes[id] as RouteSpec),
}));
