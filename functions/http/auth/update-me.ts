import { UpdateMeBody } from "@helios/contracts";
import { updateMe } from "@helios/core/auth/account";
import { userRoute } from "../lib/handler";
import { jsonBody } from "../lib/request";
import { ok } from "../lib/response";

export const handler = userRoute(async ({ event, userId }) =>
  ok(await updateMe(userId, jsonBody(event, UpdateMeBody))),
);
