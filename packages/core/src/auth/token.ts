import { errors, jwtVerify, SignJWT } from "jose";
import { requireSecret } from "../config";
import { unauthorized } from "../errors/app-error";

const ISSUER = "helios";
const AUDIENCE = "helios-api";
export const TOKEN_TTL_SECONDS = 12 * 60 * 60;

const key = async () => new TextEncoder().encode(await requireSecret("JWT_SECRET"));

export async function issueToken(userId: string, ttlSeconds = TOKEN_TTL_SECONDS): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(userId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(await key());
}

/** The user id a token was issued to; 401 for a missing, forged, malformed or expired token. */
export async function verifyToken(token: string | undefined): Promise<string> {
  if (!token) throw unauthorized("Sign in to continue: the request has no token");
  try {
    const { payload } = await jwtVerify(token, await key(), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ["HS256"],
    });
    if (!payload.sub) throw unauthorized();
    return payload.sub;
  } catch (error) {
    if (error instanceof errors.JWTExpired)
      throw unauthorized("Your session has expired: sign in again");
    throw unauthorized("Your session is not valid: sign in again");
  }
}

export function bearerToken(authorization: string | undefined): string | undefined {
  const match = authorization?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1];
}
