import { routes } from "@helios/contracts/routes";
import { login } from "@helios/core/auth/login";
import { publicHandler } from "../lib/route";

export const handler = publicHandler(routes["auth/login"], ({ event, body }) =>
  login(body, event.requestContext.http.sourceIp),
);
