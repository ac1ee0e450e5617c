import type { LoginBody, LoginResponse, MeResponse } from "@helios/contracts";
import { unauthorized } from "../errors/app-error";
import { listMemberships } from "../member/repository";
import { assertUnderLimit, recordEvent, type WindowLimit } from "../ratelimit/fixed-window";
import { findUserByEmail, getUser } from "../user/repository";
import { publicUser } from "../user/user";
import { decoyHash, verifyPassword } from "./password";
import { issueToken } from "./token";

const FIFTEEN_MINUTES = 15 * 60;
/** Failed sign-ins allowed per e-mail and per client address in a 15-minute window. */
export const loginLimits = {
  perEmail: { scope: "login-email", limit: 10, windowSeconds: FIFTEEN_MINUTES },
  perAddress: { scope: "login-ip", limit: 100, windowSeconds: FIFTEEN_MINUTES },
} satisfies Record<string, WindowLimit>;

const BAD_CREDENTIALS = "The e-mail or password is not correct";

export async function login(input: LoginBody, clientAddress: string): Promise<LoginResponse> {
  await assertUnderLimit(loginLimits.perEmail, input.email);
  await assertUnderLimit(loginLimits.perAddress, clientAddress);

  const user = await findUserByEmail(input.email);
  const valid = await verifyPassword(input.password, user?.passwordHash ?? (await decoyHash()));
  if (!user || !valid) {
    await Promise.all([
      recordEvent(loginLimits.perEmail, input.email),
      recordEvent(loginLimits.perAddress, clientAddress),
    ]);
    throw unauthorized(BAD_CREDENTIALS);
  }
  const { tenants, lastTenant } = await me(user.id);
  return { token: await issueToken(user.id), user: publicUser(user), tenants, lastTenant };
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
