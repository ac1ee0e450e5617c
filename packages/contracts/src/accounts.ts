import { Email, Password, PersonName, User } from "./auth";
import * as z from "./zod";

/** A token from an e-mailed link (verification, password reset, invitation). */
export const LinkToken = z
  .string()
  .check(
    z.trim(),
    z.minLength(16, "This link is incomplete: open it again from the e-mail"),
    z.maxLength(200, "This link is not valid: open it again from the e-mail"),
  );

/** `POST /api/auth/verify-email` → 200 VerifyEmailResponse. */
export const VerifyEmailBody = z.object({ token: LinkToken });
export type VerifyEmailBody = z.infer<typeof VerifyEmailBody>;
export const VerifyEmailResponse = z.object({ user: User });
export type VerifyEmailResponse = z.infer<typeof VerifyEmailResponse>;

/** `POST /api/auth/verify-email/resend` (signed in) → 202 Accepted. */
export const Accepted = z.object({ status: z.literal("accepted") });
export type Accepted = z.infer<typeof Accepted>;

/** `POST /api/auth/password-reset` → 202 Accepted, the same answer whether the e-mail has an account. */
export const PasswordResetBody = z.object({ email: Email });
export type PasswordResetBody = z.infer<typeof PasswordResetBody>;

/**
 * `POST /api/auth/password-reset/confirm` → 200 LoginResponse (a fresh session; every earlier
 * session of the account has ended).
 */
export const PasswordResetConfirmBody = z.object({ token: LinkToken, password: Password });
export type PasswordResetConfirmBody = z.infer<typeof PasswordResetConfirmBody>;

/**
 * `PATCH /api/me`. Changing the password needs the current one and ends every session, the
 * presented one included: the answer then carries a fresh `token` to continue with.
 */
export const UpdateMeBody = z
  .object({
    name: z.optional(PersonName),
    password: z.optional(Password),
    currentPassword: z.optional(
      z.string().check(z.minLength(1, "Enter your current password"), z.maxLength(200)),
    ),
  })
  .check(
    z.refine((body) => body.password === undefined || body.currentPassword !== undefined, {
      message: "Enter your current password to set a new one",
      path: ["currentPassword"],
    }),
    z.refine((body) => body.name !== undefined || body.password !== undefined, {
      message: "Change the name or the password",
      path: ["name"],
    }),
  );
export type UpdateMeBody = z.infer<typeof UpdateMeBody>;
export const UpdateMeResponse = z.object({ user: User, token: z.optional(z.string()) });
export type UpdateMeResponse = z.infer<typeof UpdateMeResponse>;

/**
 * `POST /api/auth/logout` (ends the presented session) and `POST /api/auth/logout-all` (ends every
 * session of the user) → 204, no body.
 */

/**
 * `POST /api/t/{tenant}/realtime/ticket` → 200 RealtimeTicket. Connect with `/ws?ticket=…`
 * (single use, valid until `expiresAt`, at most 60 s); the ticket names the workspace.
 */
export const RealtimeTicket = z.object({ ticket: z.string(), expiresAt: z.string() });
export type RealtimeTicket = z.infer<typeof RealtimeTicket>;

/**
 * The web app's pages that e-mailed links open (under the web app's public URL). The token is the
 * last path segment; the page calls the matching API route with it.
 */
export const webLinks = {
  /** → `POST /api/auth/verify-email {token}` */
  verifyEmail: (token: string) => `/verify-email/${encodeURIComponent(token)}`,
  /** → `POST /api/auth/password-reset/confirm {token, password}` */
  resetPassword: (token: string) => `/reset-password/${encodeURIComponent(token)}`,
  /** → `GET /api/invitations/{token}`, then `POST /api/invitations/{token}/accept` */
  invitation: (token: string) => `/invite/${encodeURIComponent(token)}`,
} as const;
