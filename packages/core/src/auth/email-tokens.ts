import type { TransactItem } from "../db/transact";
import { notFound } from "../errors/app-error";
import { hashLinkToken, newLinkToken } from "../tokens/link-token";
import {
  type EmailTokenItem,
  type EmailTokenPurpose,
  emailTokenDelete,
  emailTokenPut,
  findEmailToken,
} from "./repository";

export const EMAIL_TOKEN_TTL_SECONDS: Record<EmailTokenPurpose, number> = {
  "verify-email": 24 * 60 * 60,
  "password-reset": 60 * 60,
};

const invalidLink: Record<EmailTokenPurpose, () => Error> = {
  "verify-email": () =>
    notFound(
      "link_invalid",
      "This confirmation link is used, expired or not valid: sign in and ask for a new one",
    ),
  "password-reset": () =>
    notFound(
      "link_invalid",
      "This reset link is used, expired or not valid: ask for a new one from the sign-in page",
    ),
};

/** A new e-mailed link's token and the Put that stores its hash (in the caller's transaction). */
export function newEmailToken(
  purpose: EmailTokenPurpose,
  user: { id: string; email: string },
): { token: string; put: TransactItem } {
  const { token, hash } = newLinkToken();
  const item: EmailTokenItem = {
    purpose,
    userId: user.id,
    email: user.email,
    expiresAt: Math.floor(Date.now() / 1000) + EMAIL_TOKEN_TTL_SECONDS[purpose],
  };
  return { token, put: emailTokenPut(hash, item) };
}

/** What a link's token grants; 404 (a message to act on) for an unknown, used or expired one. */
export async function readEmailToken(
  token: string,
  purpose: EmailTokenPurpose,
): Promise<EmailTokenItem> {
  const item = await findEmailToken(hashLinkToken(token));
  if (!item || item.purpose !== purpose || item.expiresAt <= Math.floor(Date.now() / 1000))
    throw invalidLink[purpose]();
  return item;
}

/** The Delete that uses a token up; it fails when a parallel use took it first (single use). */
export const consumeEmailToken = (token: string): TransactItem =>
  emailTokenDelete(hashLinkToken(token));

export const usedMeanwhile = (purpose: EmailTokenPurpose) => invalidLink[purpose]();
