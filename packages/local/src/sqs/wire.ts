import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { SqsError } from "./errors";

/** @aws-sdk/client-sqs v3 (since 3.4xx) speaks AWS JSON 1.0, naming the action in X-Amz-Target. */
const TARGET_PREFIX = "AmazonSQS.";
const CONTENT_TYPE = "application/x-amz-json-1.0";

/** `AmazonSQS.SendMessage` → `SendMessage`; undefined for any other request. */
export function sqsAction(req: IncomingMessage): string | undefined {
  const target = req.headers["x-amz-target"];
  const value = Array.isArray(target) ? target[0] : target;
  return value?.startsWith(TARGET_PREFIX) ? value.slice(TARGET_PREFIX.length) : undefined;
}

export function writeResult(res: ServerResponse, result: object): void {
  const body = JSON.stringify(result);
  res.writeHead(200, {
    "content-type": CONTENT_TYPE,
    "content-length": Buffer.byteLength(body),
    "x-amzn-requestid": randomUUID(),
  });
  res.end(body);
}

export function writeError(res: ServerResponse, error: SqsError): void {
  const body = JSON.stringify({ __type: errorType(error.code), message: error.message });
  res.writeHead(error.status, {
    "content-type": CONTENT_TYPE,
    "content-length": Buffer.byteLength(body),
    "x-amzn-requestid": randomUUID(),
    "x-amzn-query-error": `${error.queryCode};${error.senderFault ? "Sender" : "Receiver"}`,
  });
  res.end(body);
}

function errorType(code: string): string {
  return code === "UnknownOperationException" || code === "SerializationException"
    ? `com.amazon.coral.service#${code}`
    : `com.amazonaws.sqs#${code}`;
}
