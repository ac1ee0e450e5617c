import { LoginBody } from "@helios/contracts";
import { login } from "@helios/core/auth/login";
import { publicRoute } from "../lib/handler";
import { jsonBody } from "../lib/request";
import { ok } from "../lib/response";

export const handler = publicRoute(async ({ event }) =>
  ok(await login(jsonBody(event, LoginBody), event.requestContext.http.sourceIp)),
);
