import { routes } from "@helios/contracts/routes";
import { checkTable } from "@helios/core/db/health";
import { json } from "./lib/response";
import { otherStatus, publicHandler } from "./lib/route";

export const handler = publicHandler(routes.health, async () =>
  (await checkTable()) ? { ok: true as const } : otherStatus(json(503, { ok: false })),
);
