import { LinkToken } from "../accounts";
import {
  AcceptInvitationBody,
  AcceptInvitationResponse,
  CreateInvitationBody,
  InvitationCreated,
  InvitationList,
  InvitationPreview,
} from "../invitations";
import { defineRoutes } from "./define";

export const invitationRoutes = defineRoutes({
  "invitations/preview": {
    method: "GET",
    path: "/api/invitations/{token}",
    summary: "What an invitation link offers (404 when unknown, used, revoked or expired)",
    access: "public",
    params: { token: LinkToken },
    response: InvitationPreview,
    status: 200,
  },
  "invitations/accept": {
    method: "POST",
    path: "/api/invitations/{token}/accept",
    summary:
      "Accept an invitation: signed in as the invited e-mail's verified account with {}, or without a session with {name, password}",
    access: "optional-user",
    params: { token: LinkToken },
    request: AcceptInvitationBody,
    response: AcceptInvitationResponse,
    status: 200,
  },
  "invitations/list": {
    method: "GET",
    path: "/api/t/{tenant}/invitations",
    summary: "Pending invitations (never a token)",
    access: "manager",
    response: InvitationList,
    status: 200,
  },
  "invitations/create": {
    method: "POST",
    path: "/api/t/{tenant}/invitations",
    summary:
      "Invite someone by e-mail: the link is answered once and e-mailed (only an owner invites an owner)",
    access: "manager",
    request: CreateInvitationBody,
    response: InvitationCreated,
    status: 201,
  },
  "invitations/revoke": {
    method: "DELETE",
    path: "/api/t/{tenant}/invitations/{invitationId}",
    summary: "Revoke a pending invitation",
    access: "manager",
    status: 204,
  },
});
