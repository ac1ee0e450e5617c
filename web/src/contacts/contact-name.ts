import type { Contact } from "@helios/contracts";

/** What to call a contact: their name, else their username, else their phone. */
export const contactName = (contact: Contact): string =>
  contact.name.trim() || contact.username || contact.phone || "Unknown customer";

/** How to reach them, under the name: phone and/or username. */
export const contactHandles = (contact: Contact): string =>
  [contact.phone, contact.username].filter(Boolean).join(" · ") || "Number hidden";
