/**
 * The function groups: every route of the manifest is served by exactly one group's function, the
 * bundled group function dispatches to the route's own module, and a signed-in user's common path
 * stays within a few functions (fewer cold pools).
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type HttpGroup, httpGroupOf, httpGroups, httpRoutes } from "@helios/functions/routes";
import type { Context } from "aws-lambda";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { functionDefaults } from "../defaults";
import {
  type FunctionGroup,
  groupHandler,
  groupRouteHandlers,
  httpGroupNames,
  webSocketGroup,
} from "../route-groups";

const groupOfKey = (routeKey: string): HttpGroup => {
  const route = httpRoutes.find((r) => `${r.method} ${r.path}` === routeKey);
  if (!route) throw new Error(`no route ${routeKey}`);
  return httpGroupOf(route);
};

describe("function groups from functions/routes.ts", () => {
  test("each route is in exactly one group, and each group has an entry file", () => {
    const groups: FunctionGroup[] = [...httpGroupNames, webSocketGroup];
    const served = groups.flatMap((group) => Object.values(groupRouteHandlers(group)));
    expect(
      served
        .filter((h) => h.startsWith("functions/http") || h.startsWith("functions/webhooks"))
        .sort(),
    ).toEqual(httpRoutes.map((r) => r.handler).sort());
    for (const group of groups) {
      expect(existsSync(`${groupHandler(group).replace(/\.handler$/, "")}.ts`), group).toBe(true);
    }
    expect(Object.keys(httpGroups).sort()).toEqual([...httpGroupNames].sort());
  });

  test("the rule: public health and docs, account routes, credentials, sending, webhooks", () => {
    expect(groupOfKey("GET /api/health")).toBe("public");
    expect(groupOfKey("GET /api/openapi.json")).toBe("public");
    expect(groupOfKey("POST /api/auth/login")).toBe("auth");
    expect(groupOfKey("GET /api/me")).toBe("auth");
    expect(groupOfKey("PUT /api/t/{tenant}/integrations/twilio")).toBe("credentials");
    expect(groupOfKey("POST /api/t/{tenant}/whatsapp/numbers")).toBe("credentials");
    expect(groupOfKey("GET /api/t/{tenant}/whatsapp/numbers")).toBe("workspace");
    expect(
      groupOfKey("POST /api/t/{tenant}/whatsapp/conversations/{conversationId}/messages"),
    ).toBe("sending");
    expect(
      groupOfKey(
        "GET /api/t/{tenant}/whatsapp/conversations/{conversationId}/messages/{messageId}/media/{index}",
      ),
    ).toBe("sending");
    expect(groupOfKey("GET /api/t/{tenant}/whatsapp/conversations/{conversationId}/messages")).toBe(
      "workspace",
    );
    expect(groupOfKey("POST /webhooks/meta/{numberId}")).toBe("webhooks");
    // Routes other helpers add fall where their needs are.
    expect(httpGroupOf({ method: "POST", path: "/api/auth/password-reset" })).toBe("auth");
    expect(httpGroupOf({ method: "POST", path: "/api/invitations/{token}/accept" })).toBe("auth");
    expect(httpGroupOf({ method: "POST", path: "/api/t/{tenant}/realtime/ticket" })).toBe(
      "workspace",
    );
    expect(httpGroupOf({ method: "POST", path: "/api/t/{tenant}/whatsapp/conversations" })).toBe(
      "sending",
    );
    expect(
      httpGroupOf({ method: "GET", path: "/api/t/{tenant}/whatsapp/numbers/{numberId}/templates" }),
    ).toBe("credentials");
  });

  test("sign in → inbox → open chat → send touches at most 4 functions", () => {
    const path = [
      "POST /api/auth/login",
      "GET /api/me",
      "GET /api/t/{tenant}/whatsapp/conversations",
      "GET /api/t/{tenant}/whatsapp/notifications",
      "GET /api/t/{tenant}/agents",
      "GET /api/t/{tenant}/whatsapp/numbers",
      "GET /api/t/{tenant}/whatsapp/conversations/{conversationId}",
      "GET /api/t/{tenant}/whatsapp/conversations/{conversationId}/messages",
      "POST /api/t/{tenant}/whatsapp/conversations/{conversationId}/read",
      "POST /api/t/{tenant}/whatsapp/conversations/{conversationId}/messages",
    ];
    // Plus the WebSocket ($connect, pings): one more function.
    const functions = new Set<string>([...path.map(groupOfKey), webSocketGroup]);
    expect([...functions].sort()).toEqual(["auth", "realtime", "sending", "workspace"]);
  });
});

describe("a group's bundled function dispatches on the route", () => {
  const outdir = mkdtempSync(join(".cache", "group-bundle-"));
  let handler: (event: unknown, context: Context) => Promise<unknown>;
  beforeAll(async () => {
    // As SST bundles it (stacks/defaults.ts): ESM, the route-group plugin, the AWS SDK external.
    await build({
      entryPoints: { public: "functions/groups/public.ts" },
      outdir,
      outExtension: { ".js": ".mjs" },
      bundle: true,
      platform: "node",
      format: "esm",
      external: [...functionDefaults.nodejs.esbuild.external],
      plugins: [...functionDefaults.nodejs.esbuild.plugins],
      banner: {
        js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
      },
      logLevel: "error",
    });
    ({ handler } = await import(pathToFileURL(join(outdir, "public.mjs")).href));
  }, 60_000);
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  const context = {
    awsRequestId: "test-request",
    functionName: "public",
    functionVersion: "$LATEST",
    invokedFunctionArn: "arn:aws:lambda:us-east-1:123456789012:function:public",
    memoryLimitInMB: "512",
  } as Context;

  test("GET /api/openapi.json answers from the route's own module", async () => {
    const response = (await handler(
      {
        routeKey: "GET /api/openapi.json",
        rawPath: "/api/openapi.json",
        headers: {},
        requestContext: { domainName: "api.example.com", http: { method: "GET" } },
      },
      context,
    )) as { statusCode: number; body: string };
    expect(response.statusCode).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ openapi: expect.stringMatching(/^3\./) });
  });

  test("a route of another group is a wiring error, logged with the Lambda context and the correlation id", async () => {
    const lines: string[] = [];
    const capture = (chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    };
    const out = vi.spyOn(process.stdout, "write").mockImplementation(capture);
    const err = vi.spyOn(process.stderr, "write").mockImplementation(capture);
    try {
      await expect(
        handler(
          {
            routeKey: "POST /api/auth/login",
            rawPath: "/api/auth/login",
            headers: {},
            requestContext: { requestId: "apigw-request-7" },
          },
          context,
        ),
      ).rejects.toThrow(/no route "POST \/api\/auth\/login"/);
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
    const logged = lines
      .flatMap((chunk) => chunk.split("\n"))
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line))
      .find((entry) => entry.message === "no such route in this function");
    expect(logged).toMatchObject({
      level: "ERROR",
      service: "helios",
      function_request_id: "test-request",
      function_name: "public",
      correlation_id: "apigw-request-7",
      routeKey: "POST /api/auth/login",
    });
  });
});
