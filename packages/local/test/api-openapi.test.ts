import { apiCatalog } from "@helios/contracts/api-catalog";
import { httpRoutes } from "@helios/functions/routes";
import { describe, expect, it } from "vitest";
import { api } from "./support/api";

describe("GET /api/openapi.json", () => {
  it("documents every API route of the manifest, with its schemas", async () => {
    const res = await api("/api/openapi.json");
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe("3.0.3");
    const apiRoutes = httpRoutes.filter(
      (r) => r.path.startsWith("/api/") && r.path !== "/api/openapi.json",
    );
    for (const route of apiRoutes) {
      expect(
        apiCatalog,
        `${route.method} ${route.path} is missing from the API catalog`,
      ).toHaveProperty([`${route.method} ${route.path}`]);
      expect(
        res.body.paths[route.path]?.[route.method.toLowerCase()],
        `${route.method} ${route.path}`,
      ).toBeDefined();
    }
    const signup = res.body.paths["/api/auth/signup"].post;
    expect(signup.requestBody.content["application/json"].schema.required).toEqual(
      expect.arrayContaining(["email", "password", "name", "tenantName"]),
    );
  });
});
