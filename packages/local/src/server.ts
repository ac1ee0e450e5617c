import { existsSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { logger } from "@helios/core/logger";
import { httpRoutes, queueRoutes, streamRoutes, webSocketRoutes } from "@helios/functions/routes";
import { webSecurityHeaders } from "@helios/functions/web-headers";
import sirv from "sirv";
import { createHttpApi } from "./apigw/http-api";
import { createWebSocketApi } from "./apigw/websocket-api";
import { BodyTooLarge, readBody } from "./body";
import { DRAIN_PATH, type DrainParts, handleDrain } from "./drain";
import { createThreadInvoker } from "./lambda/thread-invoke";
import { repoRoot } from "./paths";
import { logRequest } from "./request-log";
import { createProviderSandbox, type ProviderSandbox } from "./sandbox/index";
import { createSqsEmulation } from "./sqs/emulation";
import { startTableStream, type TableStream } from "./streams/table-stream";

export interface LocalServer {
  url: string;
  port: number;
  sqs: ReturnType<typeof createSqsEmulation>;
  /**
   * Starts following the table's stream (its consumers run in threads too) and, with `preload`,
   * loads every queue and stream function in its thread now rather than at its first invocation;
   * call once the environment is complete.
   */
  warmWorkers(options: { preload: boolean }): void;
  close(): Promise<void>;
}

export const webDist = join(repoRoot, "web", "dist");

/** Same origin locally: the API and the WebSocket (`ws:` to this host) are `'self'`. */
const appHeaders = webSecurityHeaders();

/**
 * One HTTP server on one port, as a browser sees the deployed product on one origin: the HTTP API
 * (`/api`, `/webhooks`), the WebSocket API (`/ws`) with its management endpoint, the SQS endpoint,
 * the web app with SPA fallback, and the local cloud's own `/_local/drain` for tests.
 */
export async function startServer(
  port: number,
  host = "127.0.0.1",
  /** Where the provider sandbox keeps its registry between runs (none: in memory only). */
  sandboxStateFile?: string,
): Promise<LocalServer> {
  const httpApi = createHttpApi(httpRoutes);
  const webSocketApi = createWebSocketApi(webSocketRoutes);
  // `dev` looks files up per request: a web build made while the cloud runs is served at once,
  // instead of a page whose new hashed assets 404 until a restart.
  const web = existsSync(webDist)
    ? sirv(webDist, { single: true, etag: true, dev: true })
    : undefined;
  let sqs: ReturnType<typeof createSqsEmulation> | undefined;
  let sandbox: ProviderSandbox | undefined;
  let drainParts: DrainParts | undefined;

  async function route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<number> {
    if (drainParts && url.pathname === DRAIN_PATH) {
      return handleDrain(drainParts, req, res, await readBody(req));
    }
    if (sqs?.matches(req)) {
      await sqs.handle(req, res, await readBody(req));
      return res.statusCode;
    }
    if (webSocketApi.ownsManagement(url.pathname)) {
      return webSocketApi.manage(req, res, url, await readBody(req));
    }
    if (sandbox?.owns(url.pathname)) return sandbox.handle(req, res, url, await readBody(req));
    if (httpApi.owns(url.pathname)) return httpApi.handle(req, res, url, await readBody(req));
    if (web) {
      // What CloudFront sends with the app on AWS: the app is tested under the same policy.
      for (const [name, value] of Object.entries(appHeaders)) res.setHeader(name, value);
      // sirv answers without calling `next` (files, SPA fallback): the response's end settles it too.
      await new Promise<void>((resolve) => {
        res.once("close", resolve);
        web(req, res, () => resolve());
      });
      if (!res.writableEnded) res.writeHead(404).end("Not found");
      return res.statusCode;
    }
    res
      .writeHead(503, { "content-type": "text/plain" })
      .end("The web app is not built: run `npm run build:web` (npm start does it for you).");
    return 503;
  }

  const server = createServer((req, res) => {
    const startedAt = performance.now();
    const url = new URL(req.url ?? "/", "http://localhost");
    // AWS's own APIs (SQS, the WebSocket management API) are the platform's plumbing, several calls
    // per app request: logged only when they fail, as API Gateway's access log would not show them.
    const plumbing = webSocketApi.ownsManagement(url.pathname) || (sqs?.matches(req) ?? false);
    route(req, res, url)
      .catch((error: unknown) => {
        if (error instanceof BodyTooLarge) {
          res
            .writeHead(413, { "content-type": "application/json" })
            .end('{"message":"Request Entity Too Large"}');
          return 413;
        }
        logger.error("local cloud request failed", { error });
        if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
        res.end('{"message":"Internal Server Error"}');
        return 500;
      })
      .then((status) => {
        if (!plumbing || status >= 400)
          logRequest({ method: req.method ?? "GET", path: url.pathname, status, startedAt });
      });
  });
  server.on("upgrade", (req, socket, head) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (!webSocketApi.ownsUpgrade(url.pathname)) {
      socket.end("HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n");
      return;
    }
    const startedAt = performance.now();
    webSocketApi
      .upgrade(req, socket, head, url)
      .catch((error: unknown) => {
        logger.error("websocket upgrade failed", { error });
        socket.destroy();
        return 500;
      })
      .then((status) => logRequest({ method: "WS", path: url.pathname, status, startedAt }));
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const actualPort = (server.address() as AddressInfo).port;
  const url = `http://localhost:${actualPort}`;
  // The queue workers run in threads of their own, apart from the API's event loop, as on AWS.
  const workers = createThreadInvoker();
  sqs = createSqsEmulation({ baseUrl: url, queues: queueRoutes, invoke: workers.invoke });
  sqs.start();
  sandbox = createProviderSandbox({
    baseUrl: url,
    ...(sandboxStateFile ? { stateFile: sandboxStateFile } : {}),
  });
  drainParts = { sqs, workers, sandbox };
  let tableStream: TableStream | undefined;

  return {
    url,
    port: actualPort,
    sqs,
    warmWorkers: ({ preload }) => {
      if (preload)
        workers.warm([
          ...queueRoutes.flatMap((queue) => (queue.handler ? [queue.handler] : [])),
          ...streamRoutes.map((route) => route.handler),
        ]);
      const endpoint = process.env.DYNAMODB_ENDPOINT;
      const tableName = process.env.TABLE_NAME;
      if (tableStream || !endpoint || !tableName || !drainParts) return;
      tableStream = startTableStream({ endpoint, tableName, invoke: workers.invoke });
      drainParts.streams = tableStream;
    },
    async close() {
      await tableStream?.stop();
      await sqs?.stop();
      await workers.close();
      await sandbox?.close();
      await webSocketApi.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
