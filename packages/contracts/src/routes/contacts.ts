import { Contact, ContactList, ListContactsQuery, UpdateContactBody } from "../contacts";
import { defineRoutes } from "./define";

const contact = "/api/t/{tenant}/contacts/{contactId}";

export const contactRoutes = defineRoutes({
  "contacts/list": {
    method: "GET",
    path: "/api/t/{tenant}/contacts",
    summary:
      "The workspace's contacts (customers across its numbers), newest first; `q` searches name, phone and username",
    access: "member",
    query: ListContactsQuery,
    response: ContactList,
    status: 200,
  },
  "contacts/get": {
    method: "GET",
    path: contact,
    summary: "Read a contact, with their conversations",
    access: "member",
    response: Contact,
    status: 200,
  },
  "contacts/update": {
    method: "PATCH",
    path: contact,
    summary:
      "Rename a contact or set their attributes (a name set here is kept over their WhatsApp profile name)",
    access: "member",
    request: UpdateContactBody,
    response: Contact,
    status: 200,
  },
});
