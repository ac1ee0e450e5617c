import {
  ApiGatewayManagementApiClient,
  DeleteConnectionCommand,
  GoneException,
  PostToConnectionCommand,
} from "@aws-sdk/client-apigatewaymanagementapi";
import type { RealtimeEvent } from "@helios/contracts";
import type { Actor } from "../access/actor";
import { env, requireEnv } from "../config";
import { logger } from "../logger";
import { type ConnectionItem, forgetConnection, tenantConnections } from "./connections";

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
  try {
    await managementApi().send(
      new PostToConnectionCommand({
        ConnectionId: connectionId,
        Data: new TextEncoder().encode(JSON.stringify(payload)),
      }),
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

/**
 * Sends one event to every live connection of the caller's tenant, in parallel. Connections that
 * are gone are deleted; a failure to reach one client never fails the write that caused the event.
 */
type EventOf<E> = E extends { tenant: string } ? Omit<E, "tenant"> : never;

export async function publish(
  actor: Pick<Actor, "tenantId" | "slug">,
  event: EventOf<RealtimeEvent>,
): Promise<void> {
  const envelope = { ...event, tenant: actor.slug } as RealtimeEvent;
  const connections = await tenantConnections(actor.tenantId);
  await Promise.all(connections.map((connection) => deliver(connection, envelope)));
}

/**
 * Several events of one write (a message and its conversation), in order, with one lookup of the
 * tenant's connections instead of one per event.
 */
export async function publishAll(
  actor: Pick<Actor, "tenantId" | "slug">,
  events: EventOf<RealtimeEvent>[],
): Promise<void> {
  const envelopes = events.map((event) => ({ ...event, tenant: actor.slug }) as RealtimeEvent);
  const connections = await tenantConnections(actor.tenantId);
  await Promise.all(
    connections.map(async (connection) => {
      for (const envelope of envelopes) await deliver(connection, envelope);
    }),
  );
}

async function deliver(connection: ConnectionItem, envelope: RealtimeEvent): Promise<void> {
  try {
    const delivered = await postToConnection(connection.connectionId, envelope);
    if (!delivered) await forgetConnection(connection);
  } catch (error) {
    logger.warn("realtime delivery failed", { connectionId: connection.connectionId, error });
  }
}
