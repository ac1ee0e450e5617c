import { randomBytes } from "node:crypto";
import { errors, jwtVerify, SignJWT } from "jose";
import { requireSecret } from "../config";
import { unauthorized } from "../errors/app-error";

const ISSUER = "helios";
const AUDIENCE = "helios-api";
export const TOKEN_TTL_SECONDS = 12 * 60 * 60;

const key = async () => new TextEncoder().encode(await requireSecret("JWT_SECRET"));

/** What a session token proves: who, which session, and the user's token version it was issued under. */
export interface Session {
  userId: string;
  /** The session's id: `POST /api/auth/logout` ends this one. */
  sessionId: string;
  /** The user's token version: ending every session (logout-all, a new password) increments it. */
  version: number;
  /** When the token expires (epoch seconds). */
  expiresAt: number;
}

export async function issueToken(
  userId: string,
  version: number,
  ttlSeconds = TOKEN_TTL_SECONDS,
): Promise<string> {
  return new SignJWT({ sid: randomBytes(12).toString("base64url"), ver: version })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(userId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(await key());
}

/**
 * The session a token was issued for; 401 for a missing, forged, malformed or expired token. Whether
 * the session has ended since is checked by `authenticate` (sessions.ts).
 */
export async function verifyToken(token: string | undefined): Promise<Session> {
  if (!token) throw unauthorized("Sign in to continue: the request has no token");
  let payload: Awaited<ReturnType<typeof jwtVerify>>["payload"];
  try {
    ({ payload } = await jwtVerify(token, await key(), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ["HS256"],
    }));
  } catch (error) {
    if (error instanceof errors.JWTExpired)
      throw unauthorized("Your session has expired: sign in again");
    throw unauthorized("Your session is not valid: sign in again");
  }
  const { sub, sid, ver, exp } = payload;
  // Tokens from before sessions could end carry no session: they are ended too.
  if (!sub || typeof sid !== "string" || typeof ver !== "number" || typeof exp !== "number")
    throw unauthorized("Your session has ended: sign in again");
  return { userId: sub, sessionId: sid, version: ver, expiresAt: exp };
}

export function bearerToken(authorization: string | undefined): string | undefined {
  const match = authorization?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1];
}
