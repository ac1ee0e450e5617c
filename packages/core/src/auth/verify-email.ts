import type { Accepted, VerifyEmailResponse } from "@helios/contracts";
import { failedTransactionItems } from "../db/conditions";
import { transactWrite } from "../db/transact";
import { linkTo, verificationEmail } from "../email/messages";
import { sendEmailAfterWrite } from "../email/send";
import { unauthorized } from "../errors/app-error";
import { tookFromWindow } from "../ratelimit/fixed-window";
import { emailVerifiedUpdate, getUser } from "../user/repository";
import { publicUser } from "../user/user";
import { consumeEmailToken, newEmailToken, readEmailToken, usedMeanwhile } from "./email-tokens";

/** The link from the signup e-mail: the account now owns its address. Single use. */
export async function verifyEmail(token: string): Promise<VerifyEmailResponse> {
  const granted = await readEmailToken(token, "verify-email");
  try {
    await transactWrite([
      consumeEmailToken(token),
      // The link verifies the address it was sent to, nothing else.
      emailVerifiedUpdate(granted.userId, granted.email),
    ]);
  } catch (error) {
    if (failedTransactionItems(error)) throw usedMeanwhile("verify-email");
    throw error;
  }
  const user = await getUser(granted.userId);
  if (!user) throw usedMeanwhile("verify-email");
  return { user: { ...publicUser(user), emailVerified: true } };
}

const RESEND_LIMIT = { scope: "verify-resend", limit: 3, windowSeconds: 60 * 60 };

/** Sends the confirmation link again (a few times an hour); 202 whatever happens. */
export async function resendVerification(userId: string): Promise<Accepted> {
  const user = await getUser(userId);
  if (!user) throw unauthorized("Your account no longer exists: sign up again");
  if (!user.emailVerified && (await tookFromWindow(RESEND_LIMIT, userId))) {
    const verification = newEmailToken("verify-email", user);
    await transactWrite([verification.put]);
    await sendEmailAfterWrite(
      () => verificationEmail(user.email, user.name, linkTo.verifyEmail(verification.token)),
      "verify-email",
    );
  }
  return { status: "accepted" };
}
