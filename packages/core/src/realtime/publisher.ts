import {
  ApiGatewayManagementApiClient,
  DeleteConnectionCommand,
  GoneException,
  PostToConnectionCommand,
} from "@aws-sdk/client-apigatewaymanagementapi";
import type { RealtimeEvent, RealtimeFrame } from "@helios/contracts";
import type { Actor } from "../access/actor";
import { env, requireEnv } from "../config";
import type { ReadAlong } from "../db/batch";
import { keys } from "../db/keys";
import { logger } from "../logger";
import { liveConnections, memberConnections, tenantConnections } from "./connections";
import { type ConnectionItem, connectionsOfItem, forgetConnection } from "./repository";

let client: ApiGatewayManagementApiClient | undefined;

function managementApi(): ApiGatewayManagementApiClient {
  client ??= new ApiGatewayManagementApiClient({
    endpoint: requireEnv("WS_MANAGEMENT_ENDPOINT"),
    region: env("AWS_REGION") ?? "us-east-1",
    ...(env("DYNAMODB_ENDPOINT")
      ? { credentials: { accessKeyId: "local", secretAccessKey: "local" } }
      : {}),
  });
  return client;
}

export async function postToConnection(connectionId: string, payload: unknown): Promise<boolean> {
  return postFrame(connectionId, new TextEncoder().encode(JSON.stringify(payload)));
}

/** False when the connection is gone. */
async function postFrame(connectionId: string, data: Uint8Array): Promise<boolean> {
  try {
    await managementApi().send(
      new PostToConnectionCommand({ ConnectionId: connectionId, Data: data }),
    );
    return true;
  } catch (error) {
    if (error instanceof GoneException) return false;
    throw error;
  }
}

/** Closes a client's socket through the management API (its `$disconnect` then runs). */
export async function deleteConnection(connectionId: string): Promise<void> {
  try {
    await managementApi().send(new DeleteConnectionCommand({ ConnectionId: connectionId }));
  } catch (error) {
    if (!(error instanceof GoneException)) throw error;
  }
}

type EventOf<E> = E extends { tenant: string } ? Omit<E, "tenant"> : never;

/** At most this many `postToConnection` calls of one publish are in flight at once. */
const DELIVERY_CONCURRENCY = 16;

/**
 * A tenant's live connections, looked up at most once: one webhook's fan-out and its notification
 * share the lookup. Reused only within one request or job, so a membership that ends is honoured
 * by the next one.
 */
export interface Audience {
  connections(): Promise<ConnectionItem[]>;
  /**
   * While they are not looked up yet: their item, for the write's own BatchGetItem to read along
   * (the fan-out then costs no request).
   */
  readAlong(): ReadAlong | undefined;
}

export function tenantAudience(tenantId: string): Audience {
  let read: ConnectionItem[] | undefined;
  let lookup: Promise<ConnectionItem[]> | undefined;
  return {
    connections: () =>
      (lookup ??= read ? liveConnections(tenantId, read) : tenantConnections(tenantId)),
    readAlong: () =>
      lookup || read
        ? undefined
        : {
            key: keys.tenantConnections(tenantId),
            found: (item) => {
              read ??= connectionsOfItem(tenantId, item);
            },
          },
  };
}

/** One member's live connections in the workspace, looked up at most once. */
export function memberAudience(tenantId: string, userId: string): Audience {
  let lookup: Promise<ConnectionItem[]> | undefined;
  return {
    connections: () => (lookup ??= memberConnections(tenantId, userId)),
    readAlong: () => undefined,
  };
}

/**
 * Sends one event to every live connection of the caller's tenant, in parallel. Connections that
 * are gone are deleted; a failure to reach one client never fails the write that caused the event.
 */
export async function publish(
  actor: Pick<Actor, "tenantId" | "slug">,
  event: EventOf<RealtimeEvent>,
  audience?: Audience,
): Promise<void> {
  await publishAll(actor, [event], audience);
}

/**
 * The events of one write (a message and its conversation), in order, as one frame per
 * connection: the event itself, or a batch envelope when there are several.
 */
export async function publishAll(
  actor: Pick<Actor, "tenantId" | "slug">,
  events: EventOf<RealtimeEvent>[],
  audience: Audience = tenantAudience(actor.tenantId),
): Promise<void> {
  const envelopes = events.map((event) => ({ ...event, tenant: actor.slug }) as RealtimeEvent);
  const [single] = envelopes;
  if (!single) return;
  const frame: RealtimeFrame =
    envelopes.length === 1 ? single : { type: "batch", tenant: actor.slug, events: envelopes };
  const connections = await audience.connections();
  // Serialized once for every connection.
  const data = new TextEncoder().encode(JSON.stringify(frame));
  await forEachLimited(connections, DELIVERY_CONCURRENCY, (connection) =>
    deliver(connection, data),
  );
}

async function forEachLimited<T>(
  items: readonly T[],
  limit: number,
  run: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await run(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

async function deliver(connection: ConnectionItem, data: Uint8Array): Promise<void> {
  try {
    const delivered = await postFrame(connection.connectionId, data);
    if (!delivered) await forgetConnection(connection);
  } catch (error) {
    logger.warn("realtime delivery failed", { connectionId: connection.connectionId, error });
  }
}
