import { UpdateNumberBody } from "@helios/contracts";
import * as Numbers from "@helios/core/number/use-cases";
import { tenantRoute } from "../lib/handler";
import { jsonBody, pathParameter } from "../lib/request";
import { ok } from "../lib/response";

export const handler = tenantRoute(async ({ event, actor }) =>
  ok(
    await Numbers.update(
      actor,
      pathParameter(event, "numberId"),
      jsonBody(event, UpdateNumberBody),
    ),
  ),
);
