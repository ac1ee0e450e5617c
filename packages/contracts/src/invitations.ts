import { Email, Password, PersonName, Role, Tenant, User } from "./auth";
import * as z from "./zod";

/** `POST /api/t/{tenant}/invitations` → 201 InvitationCreated (only an owner invites an owner). */
export const CreateInvitationBody = z.object({ email: Email, role: Role });
export type CreateInvitationBody = z.infer<typeof CreateInvitationBody>;

/** `url` is the web link `…/invite/{token}`: shown once to the inviter, and e-mailed. */
export const InvitationCreated = z.object({
  id: z.string(),
  email: z.string(),
  role: Role,
  expiresAt: z.string(),
  url: z.string(),
});
export type InvitationCreated = z.infer<typeof InvitationCreated>;

export const Invitation = z.object({
  id: z.string(),
  email: z.string(),
  role: Role,
  expiresAt: z.string(),
  invitedBy: z.object({ userId: z.string(), name: z.string() }),
  createdAt: z.string(),
});
export type Invitation = z.infer<typeof Invitation>;

/** `GET /api/t/{tenant}/invitations` → pending (unused, unexpired) invitations, never a token. */
export const InvitationList = z.object({ items: z.array(Invitation) });
export type InvitationList = z.infer<typeof InvitationList>;

/**
 * `GET /api/invitations/{token}` (no auth) → 200; 404 when unknown, used, revoked or expired.
 * `accountExists`: a verified account holds the e-mail, so the invitee signs in as it and accepts
 * with `{}`; otherwise they accept with `{name, password}`.
 */
export const InvitationPreview = z.object({
  tenantName: z.string(),
  email: z.string(),
  role: Role,
  inviterName: z.string(),
  expiresAt: z.string(),
  accountExists: z.boolean(),
});
export type InvitationPreview = z.infer<typeof InvitationPreview>;

/**
 * `POST /api/invitations/{token}/accept`: signed in as the invited e-mail's verified account with
 * `{}`, or without a session with `{name, password}` (creates the account, or takes over an
 * unverified one). → 200 AcceptInvitationResponse; single use.
 */
export const AcceptInvitationBody = z
  .object({ name: z.optional(PersonName), password: z.optional(Password) })
  .check(
    z.refine((body) => (body.name === undefined) === (body.password === undefined), {
      message: "Enter both a name and a password, or neither when signed in",
      path: ["password"],
    }),
  );
export type AcceptInvitationBody = z.infer<typeof AcceptInvitationBody>;

export const AcceptInvitationResponse = z.object({ token: z.string(), user: User, tenant: Tenant });
export type AcceptInvitationResponse = z.infer<typeof AcceptInvitationResponse>;
