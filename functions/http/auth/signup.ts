import { SignupBody } from "@helios/contracts";
import { signup } from "@helios/core/auth/signup";
import { publicRoute } from "../lib/handler";
import { jsonBody } from "../lib/request";
import { created } from "../lib/response";

export const handler = publicRoute(async ({ event }) =>
  created(await signup(jsonBody(event, SignupBody), event.requestContext.http.sourceIp)),
);
