import { z } from "zod";
import { keys } from "../db/keys";
import { deleteTx, EXISTS, getItem, putNewTx } from "../db/table";
import type { TransactItem } from "../db/transact";

export const EmailTokenPurpose = z.enum(["verify-email", "password-reset"]);
export type EmailTokenPurpose = z.infer<typeof EmailTokenPurpose>;

export const EmailTokenItem = z.object({
  purpose: EmailTokenPurpose,
  userId: z.string(),
  email: z.string(),
  expiresAt: z.number(),
});
export type EmailTokenItem = z.infer<typeof EmailTokenItem>;

/** The Put that stores an e-mailed link's token under its hash (in the caller's transaction). */
export const emailTokenPut = (hash: string, item: EmailTokenItem): TransactItem =>
  putNewTx({ ...keys.emailToken(hash), type: "emailToken", ...item });

/** The stored token of this hash, or undefined when there is none or it is not one. */
export async function findEmailToken(hash: string): Promise<EmailTokenItem | undefined> {
  const item = await getItem(keys.emailToken(hash), { ConsistentRead: true });
  return item ? EmailTokenItem.safeParse(item).data : undefined;
}

/** The Delete that uses a token up; it fails when a parallel use took it first (single use). */
export const emailTokenDelete = (hash: string): TransactItem =>
  deleteTx({ Key: keys.emailToken(hash), ...EXISTS });
