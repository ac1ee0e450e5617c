import { routes } from "@helios/contracts/routes";
import * as Labels from "@helios/core/label/use-cases";
import { tenantHandler } from "../lib/route";

export const handler = tenantHandler(routes["labels/update"], ({ actor, params, body }) =>
  Labels.update(actor, params.labelId, body),
);
