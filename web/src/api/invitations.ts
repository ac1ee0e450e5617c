import type {
  AcceptInvitationBody,
  AcceptInvitationResponse,
  CreateInvitationBody,
  InvitationCreated,
  InvitationList,
  InvitationPreview,
} from "@helios/contracts";
import { api } from "./client";

function invitationsPath(tenant: string, id?: string): string {
  const base = `/t/${encodeURIComponent(tenant)}/invitations`;
  return id ? `${base}/${encodeURIComponent(id)}` : base;
}

export function createInvitation(
  tenant: string,
  body: CreateInvitationBody,
): Promise<InvitationCreated> {
  return api<InvitationCreated>(invitationsPath(tenant), { method: "POST", body });
}

export function listInvitations(tenant: string, signal?: AbortSignal): Promise<InvitationList> {
  return api<InvitationList>(invitationsPath(tenant), { signal });
}

export function revokeInvitation(tenant: string, id: string): Promise<void> {
  return api<void>(invitationsPath(tenant, id), { method: "DELETE" });
}

/** Without a session: anyone holding the link may see what it invites to. */
export function previewInvitation(token: string, signal?: AbortSignal): Promise<InvitationPreview> {
  return api<InvitationPreview>(`/invitations/${encodeURIComponent(token)}`, {
    signal,
    auth: false,
  });
}

/** `{}` with the session of the invited account, or `{name, password}` without one. */
export function acceptInvitation(
  token: string,
  body: AcceptInvitationBody,
  signedIn: boolean,
): Promise<AcceptInvitationResponse> {
  return api<AcceptInvitationResponse>(`/invitations/${encodeURIComponent(token)}/accept`, {
    method: "POST",
    body,
    auth: signedIn,
  });
}
