import { routes } from "@helios/contracts/routes";
import * as Contacts from "@helios/core/contact/use-cases";
import { tenantHandler } from "../lib/route";

export const handler = tenantHandler(routes["contacts/update"], ({ actor, params, body }) =>
  Contacts.update(actor, params.contactId, body),
);
