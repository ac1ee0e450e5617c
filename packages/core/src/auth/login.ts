import type { LoginBody, LoginResponse, MeResponse } from "@helios/contracts";
import { unauthorized } from "../errors/app-error";
import { listMemberships } from "../member/repository";
import { type Attempt, attemptFailed, attemptSucceeded, takeAttempt } from "../ratelimit/backoff";
import { findUserByEmail, getUser } from "../user/repository";
import { publicUser, type UserItem } from "../user/user";
import { loginLimits } from "./limits";
import { decoyHash, verifyPassword } from "./password";
import { issueToken } from "./token";

const BAD_CREDENTIALS = "The e-mail or password is not correct";

/**
 * Each attempt takes its place in the limits before the password is checked, so parallel guesses
 * cannot get more evaluations than the limit allows.
 */
export async function login(input: LoginBody, clientAddress: string): Promise<LoginResponse> {
  const limits = loginLimits();
  const attempts: Attempt[] = [await takeAttempt(limits.perEmail, input.email)];
  try {
    attempts.push(await takeAttempt(limits.perAddress, clientAddress));
  } catch (error) {
    await attemptSucceeded(attempts[0] as Attempt); // not evaluated: the place goes back
    throw error;
  }

  const user = await findUserByEmail(input.email);
  const valid = await verifyPassword(input.password, user?.passwordHash ?? (await decoyHash()));
  if (!user || !valid) {
    await Promise.all(attempts.map(attemptFailed));
    throw unauthorized(BAD_CREDENTIALS);
  }
  await Promise.all(attempts.map(attemptSucceeded));
  return signedIn(user);
}

/** A fresh session for the user, with what the app shows first. */
export async function signedIn(user: UserItem): Promise<LoginResponse> {
  const { tenants, lastTenant } = await me(user.id);
  return {
    token: await issueToken(user.id, user.tokenVersion),
    user: publicUser(user),
    tenants,
    lastTenant,
  };
}

export async function me(userId: string): Promise<MeResponse> {
  const [user, memberships] = await Promise.all([getUser(userId), listMemberships(userId)]);
  if (!user) throw unauthorized("Your account no longer exists: sign up again");
  return {
    user: publicUser(user),
    tenants: memberships.map(({ slug, tenantName, role }) => ({ slug, name: tenantName, role })),
    lastTenant: memberships.some(({ slug }) => slug === user.lastTenant)
      ? (user.lastTenant ?? null)
      : null,
  };
}
