import {
  ApiGatewayManagementApiClient,
  DeleteConnectionCommand,
  GetConnectionCommand,
  GoneException,
  PostToConnectionCommand,
} from "@aws-sdk/client-apigatewaymanagementapi";
import { describe, expect, inject, it } from "vitest";
import WebSocket from "ws";
import { newTenant } from "./support/api";
import { realtimeTicket, wsUrl } from "./support/websocket";

/** Opens a socket and resolves with it once open, or rejects with the HTTP status of a refusal. */
function open(query: string): Promise<{ socket: WebSocket; messages: unknown[] }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(wsUrl(query));
    const messages: unknown[] = [];
    socket.on("message", (data) => messages.push(JSON.parse(data.toString())));
    socket.once("open", () => resolve({ socket, messages }));
    socket.once("unexpected-response", (_req, res) =>
      reject(new Error(`refused ${res.statusCode}`)),
    );
    socket.once("error", reject);
  });
}

const management = () =>
  new ApiGatewayManagementApiClient({
    endpoint: inject("baseUrl"),
    region: "us-east-1",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });

/** The server learns a connection's id only through `$connect`; ask it to echo one via ping. */
async function connectionIdOf(socket: WebSocket, messages: unknown[]): Promise<string> {
  socket.send(JSON.stringify({ type: "ping" }));
  await expect.poll(() => messages.length).toBeGreaterThan(0);
  expect(messages[0]).toMatchObject({ type: "pong" });
  const found = messages.find(
    (m): m is { connectionId: string } =>
      typeof m === "object" && m !== null && "connectionId" in m,
  );
  if (!found) throw new Error("no connection id");
  return found.connectionId;
}

describe("WebSocket API", () => {
  it("connects with a member's single-use ticket; refuses a used, bad or missing ticket and the JWT", async () => {
    const tenant = await newTenant();
    const ticket = await realtimeTicket(tenant);
    const { socket } = await open(`ticket=${encodeURIComponent(ticket)}`);
    socket.close();
    await expect(open(`ticket=${encodeURIComponent(ticket)}`)).rejects.toThrow("refused 401");
    await expect(open("ticket=not-a-ticket")).rejects.toThrow("refused 401");
    await expect(open("")).rejects.toThrow("refused 401");
    // The session token no longer opens a socket: it stays out of URLs.
    await expect(open(`token=${tenant.token}&tenant=${tenant.slug}`)).rejects.toThrow(
      "refused 401",
    );
  });

  it("a foreign workspace's ticket cannot be had", async () => {
    const tenant = await newTenant();
    const other = await newTenant();
    await expect(realtimeTicket({ token: other.token, slug: tenant.slug })).rejects.toThrow(
      "ticket refused: 403",
    );
  });

  it("postToConnection reaches the client; after disconnect the SDK gets GoneException (410)", async () => {
    const tenant = await newTenant();
    const { socket, messages } = await open(
      `ticket=${encodeURIComponent(await realtimeTicket(tenant))}`,
    );
    const connectionId = await connectionIdOf(socket, messages);
    const client = management();

    await client.send(
      new PostToConnectionCommand({
        ConnectionId: connectionId,
        Data: new TextEncoder().encode('{"hello":"world"}'),
      }),
    );
    await expect.poll(() => messages).toContainEqual({ hello: "world" });
    const described = await client.send(new GetConnectionCommand({ ConnectionId: connectionId }));
    expect(described.Identity?.SourceIp).toBeTruthy();

    await client.send(new DeleteConnectionCommand({ ConnectionId: connectionId }));
    await expect.poll(() => socket.readyState).toBe(WebSocket.CLOSED);
    const gone = await client
      .send(new PostToConnectionCommand({ ConnectionId: connectionId, Data: new Uint8Array([1]) }))
      .catch((error: unknown) => error);
    expect(gone).toBeInstanceOf(GoneException);
    expect((gone as GoneException).$metadata.httpStatusCode).toBe(410);
  });
});
