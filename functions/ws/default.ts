import { postToConnection } from "@helios/core/realtime/publisher";
import middy from "@middy/core";
import type { APIGatewayProxyResultV2, APIGatewayProxyWebsocketEventV2 } from "aws-lambda";

/** Clients may send `{"type":"ping"}` to keep an idle socket open; everything else is ignored. */
export const handler = middy<APIGatewayProxyWebsocketEventV2, APIGatewayProxyResultV2>().handler(
  async (event) => {
    if (isPing(event.body)) {
      await postToConnection(event.requestContext.connectionId, { type: "pong" });
    }
    return { statusCode: 200 };
  },
);

function isPing(body: string | undefined): boolean {
  try {
    const message: unknown = JSON.parse(body ?? "");
    return (
      typeof message === "object" &&
      message !== null &&
      "type" in message &&
      message.type === "ping"
    );
  } catch {
    return false;
  }
}
