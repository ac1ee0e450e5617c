import { isAppError } from "@helios/core/errors/app-error";
import { logger } from "@helios/core/logger";
import { openConnection } from "@helios/core/realtime/connections";
import middy from "@middy/core";
import type { APIGatewayProxyResultV2, APIGatewayProxyWebsocketEventV2 } from "aws-lambda";

/** `$connect` carries the query string; the aws-lambda typings leave it off the WebSocket event. */
type ConnectEvent = APIGatewayProxyWebsocketEventV2 & {
  queryStringParameters?: Record<string, string | undefined>;
};

export const handler = middy<ConnectEvent, APIGatewayProxyResultV2>().handler(async (event) => {
  try {
    await openConnection({
      connectionId: event.requestContext.connectionId,
      ticket: event.queryStringParameters?.ticket,
    });
    return { statusCode: 200 };
  } catch (error) {
    if (isAppError(error)) return { statusCode: error.status, body: error.message };
    logger.error("websocket connect failed", { error });
    return { statusCode: 500 };
  }
});
