import { closeConnection } from "@helios/core/realtime/connections";
import middy from "@middy/core";
import type { APIGatewayProxyResultV2, APIGatewayProxyWebsocketEventV2 } from "aws-lambda";

export const handler = middy<APIGatewayProxyWebsocketEventV2, APIGatewayProxyResultV2>().handler(
  async (event) => {
    await closeConnection(event.requestContext.connectionId);
    return { statusCode: 200 };
  },
);
