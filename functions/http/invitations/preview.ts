import { LinkToken } from "@helios/contracts";
import { parseInput } from "@helios/core/errors/validation";
import { preview } from "@helios/core/invitation/accept";
import { publicRoute } from "../lib/handler";
import { pathParameter } from "../lib/request";
import { ok } from "../lib/response";

export const handler = publicRoute(async ({ event }) =>
  ok(await preview(parseInput(LinkToken, pathParameter(event, "token")))),
);
