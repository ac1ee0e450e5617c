import type { IncomingMessage, ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { logger } from "@helios/core/logger";
import type { WebSocketRouteKey } from "@helios/functions/routes";
import { type WebSocket, WebSocketServer } from "ws";
import { z } from "zod";
import { invoke } from "../lambda/invoke";
import { sourceIp } from "./http-event";
import {
  type ConnectionInfo,
  connectEvent,
  disconnectEvent,
  messageEvent,
  newConnectionId,
} from "./websocket-events";

const HandlerResult = z.object({ statusCode: z.number(), body: z.string().optional() }).partial();

interface LiveConnection {
  socket: WebSocket;
  info: ConnectionInfo;
  lastActiveAt: number;
}

/**
 * API Gateway WebSocket API emulation at `/ws`, plus the `@connections` management endpoint that
 * `@aws-sdk/client-apigatewaymanagementapi` calls (POST to send, GET to describe, DELETE to close;
 * 410 GoneException for a connection that is not there).
 */
export function createWebSocketApi(routes: Readonly<Record<WebSocketRouteKey, string>>) {
  const server = new WebSocketServer({ noServer: true });
  const live = new Map<string, LiveConnection>();

  async function upgrade(
    req: IncomingMessage,
    socket: Duplex,
    head: Buffer,
    url: URL,
  ): Promise<number> {
    const info: ConnectionInfo = {
      connectionId: newConnectionId(),
      connectedAt: Date.now(),
      sourceIp: sourceIp(req),
      userAgent: req.headers["user-agent"] ?? "",
      domainName: req.headers.host ?? "localhost",
    };
    const result = await run("$connect", connectEvent(req, url, info));
    const status = result?.statusCode ?? 200;
    if (status < 200 || status > 299) {
      const reason = result?.body ?? "Forbidden";
      socket.end(
        `HTTP/1.1 ${status} ${reason.replace(/[\r\n]/g, " ")}\r\nContent-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(reason)}\r\nConnection: close\r\n\r\n${reason}`,
      );
      return status;
    }
    server.handleUpgrade(req, socket, head, (ws) => {
      const connection: LiveConnection = { socket: ws, info, lastActiveAt: Date.now() };
      live.set(info.connectionId, connection);
      ws.on("message", (data, isBinary) => {
        connection.lastActiveAt = Date.now();
        void run("$default", messageEvent(info, data.toString(), isBinary));
      });
      ws.on("close", (code, reason) => {
        live.delete(info.connectionId);
        void run("$disconnect", disconnectEvent(info, code, reason.toString() || "Client closed"));
      });
    });
    return 101;
  }

  async function run(routeKey: WebSocketRouteKey, event: unknown) {
    try {
      return HandlerResult.safeParse(await invoke(routes[routeKey], event)).data;
    } catch (error) {
      logger.error("websocket handler threw", { routeKey, error });
      return { statusCode: 500, body: "Internal Server Error" };
    }
  }

  function manage(req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer): number {
    const connectionId = decodeURIComponent(url.pathname.slice("/@connections/".length));
    const connection = live.get(connectionId);
    if (!connection) {
      res
        .writeHead(410, { "content-type": "application/json", "x-amzn-errortype": "GoneException" })
        .end(JSON.stringify({ __type: "GoneException", message: "Gone" }));
      return 410;
    }
    if (req.method === "POST") {
      connection.socket.send(body, { binary: false });
      res.writeHead(200).end();
      return 200;
    }
    if (req.method === "DELETE") {
      connection.socket.close(1000, "Closed by the server");
      res.writeHead(204).end();
      return 204;
    }
    if (req.method === "GET") {
      res.writeHead(200, { "content-type": "application/json" }).end(
        JSON.stringify({
          connectedAt: new Date(connection.info.connectedAt).toISOString(),
          lastActiveAt: new Date(connection.lastActiveAt).toISOString(),
          identity: { sourceIp: connection.info.sourceIp, userAgent: connection.info.userAgent },
        }),
      );
      return 200;
    }
    res.writeHead(405).end();
    return 405;
  }

  return {
    ownsUpgrade: (path: string) => path === "/ws",
    ownsManagement: (path: string) => path.startsWith("/@connections/"),
    upgrade,
    manage,
    /** Closes every socket; their `$disconnect` handlers run as on AWS. */
    close(): Promise<void> {
      for (const { socket } of live.values()) socket.close(1001, "Server shutting down");
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
