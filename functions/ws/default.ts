import { postToConnection } from "@helios/core/realtime/publisher";
import middy from "@middy/core";
import type { APIGatewayProxyResultV2, APIGatewayProxyWebsocketEventV2 } from "aws-lambda";

/** Clients may send `{"type":"ping"}` to keep an idle socket open (the pong names the connection); anything else is ignored. */
export const handler = middy<APIGatewayProxyWebsocketEventV2, APIGatewayProxyResultV2>().handler(
  async (event) => {
    if (isPing(event.body)) {
      const { connectionId } = event.requestContext;
      await postToConnection(connectionId, { type: "pong", connectionId });
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
