import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { readBody } from "../body";
import { createProviderSandbox, type ProviderSandbox, type ProviderSandboxOptions } from "./index";

/** Test helpers: the sandbox alone on a `node:http` server, and a receiver that records callbacks. */

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function stop(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

export interface ServedSandbox extends ProviderSandbox {
  url: string;
}

/** Starts the provider sandbox on its own server (port 0); `close()` stops both. */
export async function serveSandbox(
  options: Omit<ProviderSandboxOptions, "baseUrl"> = {},
): Promise<ServedSandbox> {
  let sandbox: ProviderSandbox | undefined;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (!sandbox?.owns(url.pathname)) {
      res.writeHead(404).end();
      return;
    }
    const owned = sandbox;
    readBody(req)
      .then((body) => owned.handle(req, res, url, body))
      .catch(() => {
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
  });
  const url = await listen(server);
  const created = createProviderSandbox({ ...options, baseUrl: url });
  sandbox = created;
  return {
    ...created,
    url,
    async close() {
      await created.close();
      await stop(server);
    },
  };
}

export interface RecordedCallback {
  method: string;
  /** Path and query, as requested. */
  path: string;
  /** The full URL the provider called (what a signature covers). */
  url: string;
  headers: IncomingMessage["headers"];
  rawBody: Buffer;
  /** The form parameters (a repeated one as an array), for form-encoded bodies. */
  params: Record<string, string | string[]>;
  receivedAt: number;
}

export interface CallbackRecorder {
  url: string;
  received: RecordedCallback[];
  /** The status to answer for a path (default 200). */
  respondWith(path: string, status: number): void;
  /** Resolves with the callbacks to `path` once there are `count` of them. */
  waitFor(path: string, count: number, timeoutMs?: number): Promise<RecordedCallback[]>;
  close(): Promise<void>;
}

function formParams(body: Buffer): Record<string, string | string[]> {
  const params: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(body.toString("utf8"))) {
    const existing = params[key];
    params[key] =
      existing === undefined
        ? value
        : Array.isArray(existing)
          ? [...existing, value]
          : [existing, value];
  }
  return params;
}

/** A tiny server that records every request (the stand-in for Helios's webhooks). */
export async function recordCallbacks(): Promise<CallbackRecorder> {
  const received: RecordedCallback[] = [];
  const statuses = new Map<string, number>();
  const waiters = new Set<() => void>();
  let base = "";
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    readBody(req)
      .then((rawBody) => {
        const path = req.url ?? "/";
        const form = (req.headers["content-type"] ?? "").includes("x-www-form-urlencoded");
        received.push({
          method: req.method ?? "GET",
          path,
          url: `${base}${path}`,
          headers: req.headers,
          rawBody,
          params: form ? formParams(rawBody) : {},
          receivedAt: Date.now(),
        });
        res.writeHead(statuses.get(path.split("?")[0] ?? path) ?? 200).end();
        for (const wake of waiters) wake();
      })
      .catch(() => res.writeHead(400).end());
  });
  base = await listen(server);
  const forPath = (path: string) => received.filter((r) => r.path === path);
  return {
    url: base,
    received,
    respondWith: (path, status) => statuses.set(path, status),
    waitFor(path, count, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const matching = forPath(path);
          if (matching.length < count) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(matching);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(
              `Expected ${count} callback(s) to ${path} within ${timeoutMs} ms, got ${forPath(path).length}`,
            ),
          );
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close: () => stop(server),
  };
}
