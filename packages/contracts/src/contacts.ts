import { z } from "zod";

/**
 * A customer of the workspace, across its numbers: found by their phone (or, without one, their
 * WhatsApp user id); `conversationIds` are their conversations, newest first.
 */
export const Contact = z.object({
  id: z.string(),
  name: z.string(),
  phone: z.string().optional(),
  username: z.string().optional(),
  userId: z.string().optional(),
  attributes: z.record(z.string(), z.string()),
  conversationIds: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Contact = z.infer<typeof Contact>;

export const ContactList = z.object({
  items: z.array(Contact),
  nextCursor: z.string().nullable(),
});
export type ContactList = z.infer<typeof ContactList>;

export const ListContactsQuery = z.object({
  /** Words in the name, phone or username (each word must match); absent: every contact. */
  q: z
    .string()
    .trim()
    .max(100, "Search for at most 100 characters")
    .optional()
    .transform((value) => (value ? value : undefined)),
  limit: z.coerce
    .number()
    .int()
    .min(1, "limit is at least 1")
    .max(100, "limit is at most 100")
    .default(25),
  cursor: z.string().optional(),
});
export type ListContactsQuery = z.infer<typeof ListContactsQuery>;

const AttributeKey = z
  .string()
  .trim()
  .regex(
    /^[A-Za-z][A-Za-z0-9 _-]{0,39}$/,
    "An attribute's name is 1–40 letters, digits, spaces, - or _",
  );

/**
 * `attributes` replaces the whole set (at most 20; an empty value is not kept). A name set here
 * stays: the customer's WhatsApp profile name no longer overwrites it.
 */
export const UpdateContactBody = z
  .object({
    name: z.string().trim().min(1, "Enter a name").max(100, "Use at most 100 characters"),
    attributes: z
      .record(AttributeKey, z.string().trim().max(500, "A value is at most 500 characters"))
      .refine((attributes) => Object.keys(attributes).length <= 20, "Use at most 20 attributes"),
  })
  .partial()
  .refine(
    (body) => body.name !== undefined || body.attributes !== undefined,
    "Send name or attributes",
  );
export type UpdateContactBody = z.input<typeof UpdateContactBody>;
