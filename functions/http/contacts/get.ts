import { routes } from "@helios/contracts/routes";
import * as Contacts from "@helios/core/contact/use-cases";
import { tenantHandler } from "../lib/route";

export const handler = tenantHandler(routes["contacts/get"], ({ actor, params }) =>
  Contacts.get(actor, params.contactId),
);
