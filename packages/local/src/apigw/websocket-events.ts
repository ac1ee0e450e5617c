import { randomBytes, randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";

/** API Gateway connection ids look like "L0SM9cOFvHcCIhw=". */
export const newConnectionId = () => randomBytes(10).toString("base64");

export interface ConnectionInfo {
  connectionId: string;
  connectedAt: number;
  sourceIp: string;
  userAgent: string;
  domainName: string;
}

type RouteKey = "$connect" | "$disconnect" | "$default";
const EVENT_TYPE: Record<RouteKey, "CONNECT" | "DISCONNECT" | "MESSAGE"> = {
  $connect: "CONNECT",
  $disconnect: "DISCONNECT",
  $default: "MESSAGE",
};

function requestContext(routeKey: RouteKey, info: ConnectionInfo) {
  const now = new Date();
  return {
    routeKey,
    eventType: EVENT_TYPE[routeKey],
    extendedRequestId: randomUUID(),
    requestTime: now.toUTCString(),
    messageDirection: "IN",
    stage: "local",
    connectedAt: info.connectedAt,
    requestTimeEpoch: now.getTime(),
    identity: { sourceIp: info.sourceIp, userAgent: info.userAgent },
    requestId: randomUUID(),
    domainName: info.domainName,
    connectionId: info.connectionId,
    apiId: "local",
  };
}

export function connectEvent(req: IncomingMessage, url: URL, info: ConnectionInfo) {
  const headers: Record<string, string> = {};
  const multiValueHeaders: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    const values = Array.isArray(value) ? value : [value];
    headers[name] = values.join(",");
    multiValueHeaders[name] = values;
  }
  const query: Record<string, string> = {};
  const multiQuery: Record<string, string[]> = {};
  for (const [name, value] of url.searchParams) {
    query[name] = value;
    multiQuery[name] = [...(multiQuery[name] ?? []), value];
  }
  return {
    headers,
    multiValueHeaders,
    ...(url.searchParams.size > 0
      ? { queryStringParameters: query, multiValueQueryStringParameters: multiQuery }
      : {}),
    requestContext: requestContext("$connect", info),
    isBase64Encoded: false,
  };
}

export function messageEvent(info: ConnectionInfo, body: string, isBinary: boolean) {
  return {
    requestContext: { ...requestContext("$default", info), messageId: randomUUID() },
    body: isBinary ? Buffer.from(body).toString("base64") : body,
    isBase64Encoded: isBinary,
  };
}

export function disconnectEvent(info: ConnectionInfo, statusCode: number, reason: string) {
  return {
    headers: { Host: info.domainName },
    requestContext: {
      ...requestContext("$disconnect", info),
      disconnectStatusCode: statusCode,
      disconnectReason: reason,
    },
    isBase64Encoded: false,
  };
}
