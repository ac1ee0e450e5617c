import { AcceptInvitationBody, LinkToken } from "@helios/contracts";
import { parseInput } from "@helios/core/errors/validation";
import { accept } from "@helios/core/invitation/accept";
import { optionalUserRoute } from "../lib/handler";
import { jsonBody, pathParameter } from "../lib/request";
import { ok } from "../lib/response";

export const handler = optionalUserRoute(async ({ event, session }) =>
  ok(
    await accept(
      parseInput(LinkToken, pathParameter(event, "token")),
      jsonBody(event, AcceptInvitationBody),
      session,
    ),
  ),
);
