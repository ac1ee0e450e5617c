import * as z from "./zod";

/** A saved reply: typing `/shortcut` in the composer inserts `text`. */
export const CannedResponse = z.object({
  id: z.string(),
  shortcut: z.string(),
  /** May hold `{{customer.name}}`, filled in with the conversation's customer when used. */
  text: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CannedResponse = z.infer<typeof CannedResponse>;

export const CannedResponseList = z.object({ items: z.array(CannedResponse) });
export type CannedResponseList = z.infer<typeof CannedResponseList>;

const Shortcut = z.pipe(
  z.pipe(
    z.string().check(z.trim()),
    z.transform((shortcut) => shortcut.replace(/^\//, "").toLowerCase()),
  ),
  z
    .string()
    .check(
      z.regex(
        /^[a-z0-9][a-z0-9_-]{0,31}$/,
        "A shortcut is 1–32 letters, digits, - or _ (typed after /)",
      ),
    ),
);
const CannedText = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, "Write the reply"),
    z.maxLength(4096, "WhatsApp messages are at most 4,096 characters"),
  );

/** Shortcuts are unique in a workspace (409 shortcut_taken). */
export const CreateCannedResponseBody = z.object({ shortcut: Shortcut, text: CannedText });
export type CreateCannedResponseBody = z.input<typeof CreateCannedResponseBody>;

export const UpdateCannedResponseBody = z
  .partial(z.object({ shortcut: Shortcut, text: CannedText }))
  .check(
    z.refine(
      (body) => body.shortcut !== undefined || body.text !== undefined,
      "Send shortcut or text",
    ),
  );
export type UpdateCannedResponseBody = z.input<typeof UpdateCannedResponseBody>;

/** `{{customer.name}}` (spaces inside the braces allowed) → the customer's name: the one fill rule. */
export const fillCannedText = (text: string, customer: { name: string }): string =>
  text.replace(/\{\{\s*customer\.name\s*\}\}/g, customer.name);
