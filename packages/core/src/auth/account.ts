import type { UpdateMeBody, UpdateMeResponse } from "@helios/contracts";
import { transactWrite } from "../db/transact";
import { unauthorized, validationFailed } from "../errors/app-error";
import { listMemberships, renameMember } from "../member/repository";
import { attemptFailed, attemptSucceeded, takeAttempt } from "../ratelimit/backoff";
import { disconnectUser } from "../realtime/disconnect";
import { getUser, newCredentialsUpdate, renameUser } from "../user/repository";
import { publicUser, type UserItem } from "../user/user";
import { afterSessionsEnded } from "./credentials";
import { loginLimits } from "./limits";
import { hashPassword, verifyPassword } from "./password";
import { endAllSessions, endSession } from "./sessions";
import { issueToken, type Session } from "./token";

/** Ends the presented session: its token answers 401 from now on, its sockets close. */
export async function logout(session: Session): Promise<void> {
  await endSession(session);
  await disconnectUser(session.userId, { sessionId: session.sessionId });
}

/** Ends every session of the user, everywhere. */
export async function logoutAll(userId: string): Promise<void> {
  await endAllSessions(userId);
  await afterSessionsEnded(userId);
}

/**
 * Changes the name and/or the password. A new password needs the current one (guesses count like
 * sign-in attempts) and ends every session, this one too: the answer carries a fresh token.
 */
export async function updateMe(userId: string, input: UpdateMeBody): Promise<UpdateMeResponse> {
  const user = await getUser(userId);
  if (!user) throw unauthorized("Your account no longer exists: sign up again");
  if (input.password !== undefined) return changePassword(user, input.password, input);

  const name = input.name ?? user.name;
  await renameEverywhere(user, name);
  return { user: publicUser({ ...user, name }) };
}

async function changePassword(
  user: UserItem,
  password: string,
  input: UpdateMeBody,
): Promise<UpdateMeResponse> {
  const attempt = await takeAttempt(loginLimits().perEmail, user.email);
  if (!(await verifyPassword(input.currentPassword ?? "", user.passwordHash))) {
    await attemptFailed(attempt);
    throw validationFailed("The current password is not correct", {
      currentPassword: "The current password is not correct",
    });
  }
  await attemptSucceeded(attempt);
  const passwordHash = await hashPassword(password);
  await transactWrite([
    newCredentialsUpdate(user, { passwordHash, name: input.name, proved: false }),
  ]);
  await afterSessionsEnded(user.id);
  if (input.name !== undefined) await renameMemberCopies(user.id, input.name);
  const changed = { ...user, passwordHash, name: input.name ?? user.name };
  return {
    user: publicUser(changed),
    token: await issueToken(user.id, user.tokenVersion + 1),
  };
}

async function renameEverywhere(user: UserItem, name: string): Promise<void> {
  await renameUser(user.id, name);
  await renameMemberCopies(user.id, name);
}

/** Each workspace keeps a copy of its members' names (its member list is one Query). */
async function renameMemberCopies(userId: string, name: string): Promise<void> {
  const memberships = await listMemberships(userId);
  await Promise.all(
    memberships.map(
      ({ tenantId }) => renameMember(tenantId, userId, name).catch(() => undefined), // removed meanwhile: nothing to rename
    ),
  );
}
