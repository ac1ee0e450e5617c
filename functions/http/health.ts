import { checkTable } from "@helios/core/db/health";
import { publicRoute } from "./lib/handler";
import { json, ok } from "./lib/response";

export const handler = publicRoute(async () =>
  (await checkTable()) ? ok({ ok: true }) : json(503, { ok: false }),
);
