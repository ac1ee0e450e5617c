import { httpRoutes } from "@helios/functions/routes";
import { describe, expect, it } from "vitest";
import { api } from "./support/api";

/** API.md's "Accounts and sessions" and "Invitations" routes (v1.1), as the contract names them. */
const ACCOUNT_ROUTES = [
  "POST /api/auth/signup",
  "POST /api/auth/login",
  "GET /api/me",
  "PATCH /api/me",
  "POST /api/auth/verify-email",
  "POST /api/auth/logout",
  "POST /api/auth/logout-all",
  "POST /api/auth/password-reset",
  "POST /api/auth/password-reset/confirm",
  "POST /api/t/{tenant}/realtime/ticket",
  "POST /api/t/{tenant}/invitations",
  "GET /api/t/{tenant}/invitations",
  "DELETE /api/t/{tenant}/invitations/{invitationId}",
  "GET /api/invitations/{token}",
  "POST /api/invitations/{token}/accept",
  "POST /api/t/{tenant}/members",
];

describe("GET /api/openapi.json", () => {
  it("documents API.md's account and invitation routes with their bodies", async () => {
    const res = await api("/api/openapi.json");
    for (const route of ACCOUNT_ROUTES) {
      const [method = "", path = ""] = route.split(" ");
      expect(res.body.paths[path]?.[method.toLowerCase()], route).toBeDefined();
    }
    const accept = res.body.paths["/api/invitations/{token}/accept"].post;
    expect(accept.security).toEqual([]);
    const created = res.body.paths["/api/t/{tenant}/invitations"].post;
    expect(created.responses["201"].content["application/json"].schema.required).toEqual(
      expect.arrayContaining(["id", "email", "role", "expiresAt", "url"]),
    );
    const me = res.body.paths["/api/me"].get.responses["200"].content["application/json"].schema;
    expect(me.properties.lastTenant).toBeDefined();
    expect(me.properties.user.properties.emailVerified).toBeDefined();
  });

  it("documents every API route of the route table, with its schemas", async () => {
    const res = await api("/api/openapi.json");
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe("3.0.3");
    const apiRoutes = httpRoutes.filter(
      (r) => r.path.startsWith("/api/") && r.path !== "/api/openapi.json",
    );
    for (const route of apiRoutes) {
      expect(
        res.body.paths[route.path]?.[route.method.toLowerCase()]?.operationId,
        `${route.method} ${route.path}`,
      ).toBe(route.id);
    }
    const signup = res.body.paths["/api/auth/signup"].post;
    expect(signup.requestBody.content["application/json"].schema.required).toEqual(
      expect.arrayContaining(["email", "password", "name", "tenantName"]),
    );
  });
});
