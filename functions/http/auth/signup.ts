import { routes } from "@helios/contracts/routes";
import { signup } from "@helios/core/auth/signup";
import { publicHandler } from "../lib/route";

export const handler = publicHandler(routes["auth/signup"], ({ event, body }) =>
  signup(body, event.requestContext.http.sourceIp),
);
