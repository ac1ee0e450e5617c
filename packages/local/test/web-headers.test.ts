/**
 * The local cloud serves the web app with the headers CloudFront sends on AWS
 * (functions/web-headers.ts): a strict CSP, no framing, HSTS, nosniff, no referrer.
 */
import { webSecurityHeaders } from "@helios/functions/web-headers";
import { describe, expect, inject, it } from "vitest";

const get = (path: string) => fetch(`${inject("baseUrl")}${path}`);

describe("the web app's security headers", () => {
  it("the app shell, a client-side route and a static asset carry every header", async () => {
    const shell = await get("/");
    expect(shell.status).toBe(200);
    const html = await shell.text();
    const asset = /<script[^>]+src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset, "the built app references its script").toBeDefined();
    for (const path of ["/", "/app/demo/whatsapp", asset ?? "/"]) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      for (const [name, value] of Object.entries(webSecurityHeaders())) {
        expect(res.headers.get(name), `${path} ${name}`).toBe(value);
      }
    }
  });

  it("the policy: own scripts and styles only, no framing, attachments from blob:", async () => {
    const csp = (await get("/")).headers.get("content-security-policy") ?? "";
    const directives = Object.fromEntries(
      csp.split(";").map((d) => {
        const [name = "", ...sources] = d.trim().split(/\s+/);
        return [name, sources];
      }),
    );
    expect(directives["default-src"]).toEqual(["'self'"]);
    expect(directives["script-src"]).toEqual(["'self'"]);
    expect(directives["frame-ancestors"]).toEqual(["'none'"]);
    expect(directives["object-src"]).toEqual(["'none'"]);
    expect(directives["img-src"]).toContain("blob:");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
    const headers = (await get("/")).headers;
    expect(headers.get("x-frame-options")).toBe("DENY");
    expect(headers.get("x-content-type-options")).toBe("nosniff");
    expect(headers.get("strict-transport-security")).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
    expect(headers.get("referrer-policy")).toBe("no-referrer");
  });

  it("the API keeps its own headers (JSON, no-store)", async () => {
    const res = await get("/api/health");
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(res.headers.get("content-security-policy")).toBeNull();
  });
});
