import { routes } from "@helios/contracts/routes";
import * as Labels from "@helios/core/label/use-cases";
import { tenantHandler } from "../lib/route";

export const handler = tenantHandler(routes["labels/remove"], ({ actor, params }) =>
  Labels.remove(actor, params.labelId),
);
