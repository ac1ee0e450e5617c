import type { Accepted, LoginResponse, PasswordResetConfirmBody } from "@helios/contracts";
import { failedTransactionItems } from "../db/conditions";
import { transactWrite } from "../db/transact";
import { linkTo, passwordResetEmail } from "../email/messages";
import { sendEmailAfterWrite } from "../email/send";
import { takeFromWindow, tookFromWindow } from "../ratelimit/fixed-window";
import { findUserByEmail, getUser, newCredentialsUpdate } from "../user/repository";
import { afterSessionsEnded } from "./credentials";
import { consumeEmailToken, newEmailToken, readEmailToken, usedMeanwhile } from "./email-tokens";
import { passwordResetLimits } from "./limits";
import { signedIn } from "./login";
import { hashPassword } from "./password";

/**
 * E-mails a reset link when the address has an account. The answer is the same either way, so it
 * tells nobody whether an address has an account; limited per client address and per address.
 */
export async function requestPasswordReset(
  email: string,
  clientAddress: string,
): Promise<Accepted> {
  const limits = passwordResetLimits();
  await takeFromWindow(limits.perAddress, clientAddress);
  const user = await findUserByEmail(email);
  if (user && (await tookFromWindow(limits.perEmail, email))) {
    const reset = newEmailToken("password-reset", user);
    await transactWrite([reset.put]);
    await sendEmailAfterWrite(
      () => passwordResetEmail(user.email, linkTo.resetPassword(reset.token)),
      "password-reset",
    );
  }
  return { status: "accepted" };
}

/**
 * Sets the new password; the link proved the mailbox, so the account owns its address from now on
 * (taking over an unverified one) and every earlier session ends. Answers a fresh session.
 */
export async function confirmPasswordReset(
  input: PasswordResetConfirmBody,
): Promise<LoginResponse> {
  const granted = await readEmailToken(input.token, "password-reset");
  const user = await getUser(granted.userId);
  if (!user || user.email !== granted.email) throw usedMeanwhile("password-reset");
  const passwordHash = await hashPassword(input.password);
  try {
    await transactWrite([
      consumeEmailToken(input.token),
      newCredentialsUpdate(user, { passwordHash, proved: true }),
    ]);
  } catch (error) {
    if (failedTransactionItems(error)) throw usedMeanwhile("password-reset");
    throw error;
  }
  await afterSessionsEnded(user.id);
  return signedIn({
    ...user,
    passwordHash,
    emailVerified: true,
    tokenVersion: user.tokenVersion + 1,
  });
}
