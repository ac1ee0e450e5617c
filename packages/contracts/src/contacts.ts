import { PersonName } from "./auth";
import { pageLimit } from "./paging";
import * as z from "./zod";

/**
 * A customer of the workspace, across its numbers: found by their phone (or, without one, their
 * WhatsApp user id); `conversationIds` are their conversations, newest first.
 */
export const Contact = z.object({
  id: z.string(),
  name: z.string(),
  phone: z.optional(z.string()),
  username: z.optional(z.string()),
  userId: z.optional(z.string()),
  attributes: z.record(z.string(), z.string()),
  conversationIds: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Contact = z.infer<typeof Contact>;

export const ContactList = z.object({
  items: z.array(Contact),
  nextCursor: z.nullable(z.string()),
});
export type ContactList = z.infer<typeof ContactList>;

export const ListContactsQuery = z.object({
  /** Words in the name, phone or username (each word must match); absent: every contact. */
  q: z.pipe(
    z.optional(z.string().check(z.trim(), z.maxLength(100, "Search for at most 100 characters"))),
    z.transform((value) => (value ? value : undefined)),
  ),
  limit: pageLimit(25),
  cursor: z.optional(z.string()),
});
export type ListContactsQuery = z.infer<typeof ListContactsQuery>;

const AttributeKey = z
  .string()
  .check(
    z.trim(),
    z.regex(
      /^[A-Za-z][A-Za-z0-9 _-]{0,39}$/,
      "An attribute's name is 1–40 letters, digits, spaces, - or _",
    ),
  );

/**
 * `attributes` replaces the whole set (at most 20; an empty value is not kept). A name set here
 * stays: the customer's WhatsApp profile name no longer overwrites it.
 */
export const UpdateContactBody = z
  .partial(
    z.object({
      name: PersonName,
      attributes: z
        .record(
          AttributeKey,
          z.string().check(z.trim(), z.maxLength(500, "A value is at most 500 characters")),
        )
        .check(
          z.refine(
            (attributes) => Object.keys(attributes).length <= 20,
            "Use at most 20 attributes",
          ),
        ),
    }),
  )
  .check(
    z.refine(
      (body) => body.name !== undefined || body.attributes !== undefined,
      "Send name or attributes",
    ),
  );
export type UpdateContactBody = z.input<typeof UpdateContactBody>;
