import type { z } from "zod";
import {
  Accepted,
  PasswordResetBody,
  PasswordResetConfirmBody,
  RealtimeTicket,
  UpdateMeBody,
  UpdateMeResponse,
  VerifyEmailBody,
  VerifyEmailResponse,
} from "./accounts";
import { Agent, AgentList, CreateAgentBody, UpdateAgentBody } from "./agents";
import { InsightsQueued } from "./ai";
import { LoginBody, LoginResponse, MeResponse, SignupBody, SignupResponse } from "./auth";
import {
  Conversation,
  ConversationList,
  ListConversationsQuery,
  ListMessagesQuery,
  Message,
  MessageList,
  SendMessageBody,
  UpdateConversationBody,
} from "./conversations";
import { HealthResponse } from "./health";
import {
  IntegrationList,
  TwilioConnection,
  TwilioCredentials,
  TwilioNumberList,
} from "./integrations";
import {
  AcceptInvitationBody,
  AcceptInvitationResponse,
  CreateInvitationBody,
  InvitationCreated,
  InvitationList,
  InvitationPreview,
} from "./invitations";
import { AddMemberBody, ChangeRoleBody, Member, MemberList } from "./members";
import {
  ListNotificationsQuery,
  MarkAllReadResponse,
  Notification,
  NotificationList,
} from "./notifications";
import { CreateNumberBody, UpdateNumberBody, WhatsAppNumber, WhatsAppNumberList } from "./numbers";
import { ListTemplatesQuery, StartConversationBody, TemplateList } from "./templates";

export interface OperationDoc {
  summary: string;
  /** Who may call it, in words; "public" needs no token. */
  query?: z.ZodObject;
  access: string;
  request?: z.ZodType;
  response?: z.ZodType;
  status: number;
}

/** Every HTTP operation of the API with its schemas: the source of GET /api/openapi.json. */
export const apiCatalog: Record<string, OperationDoc> = {
  "GET /api/health": {
    summary: "Health check",
    access: "public",
    response: HealthResponse,
    status: 200,
  },
  "POST /api/auth/signup": {
    summary: "Create a workspace and its owner",
    access: "public",
    request: SignupBody,
    response: SignupResponse,
    status: 201,
  },
  "POST /api/auth/login": {
    summary: "Sign in",
    access: "public",
    request: LoginBody,
    response: LoginResponse,
    status: 200,
  },
  "GET /api/me": {
    summary:
      "The signed-in user and their workspaces; `ai` tells whether an AI provider is configured (AI replies need one) and the default model",
    access: "signed in",
    response: MeResponse,
    status: 200,
  },
  "PATCH /api/me": {
    summary:
      "Change your name or password (the current password is needed); a password change ends every session and answers a fresh token",
    access: "signed in",
    request: UpdateMeBody,
    response: UpdateMeResponse,
    status: 200,
  },
  "POST /api/auth/logout": {
    summary: "Sign out: the presented token stops working at once",
    access: "signed in",
    status: 204,
  },
  "POST /api/auth/logout-all": {
    summary: "Sign out everywhere: every token of the user stops working at once",
    access: "signed in",
    status: 204,
  },
  "POST /api/auth/verify-email": {
    summary: "Verify the e-mail address with the token from the e-mailed link",
    access: "public",
    request: VerifyEmailBody,
    response: VerifyEmailResponse,
    status: 200,
  },
  "POST /api/auth/verify-email/resend": {
    summary: "Send the verification e-mail again",
    access: "signed in",
    response: Accepted,
    status: 202,
  },
  "POST /api/auth/password-reset": {
    summary:
      "E-mail a password reset link (the same answer whether or not the e-mail has an account)",
    access: "public",
    request: PasswordResetBody,
    response: Accepted,
    status: 202,
  },
  "POST /api/auth/password-reset/confirm": {
    summary:
      "Set a new password with the token from the e-mailed link; every earlier session ends and a fresh one is answered",
    access: "public",
    request: PasswordResetConfirmBody,
    response: LoginResponse,
    status: 200,
  },
  "GET /api/invitations/{token}": {
    summary: "What an invitation link offers (404 when unknown, used, revoked or expired)",
    access: "public",
    response: InvitationPreview,
    status: 200,
  },
  "POST /api/invitations/{token}/accept": {
    summary:
      "Accept an invitation: signed in as the invited e-mail's verified account with {}, or without a session with {name, password}",
    access: "public",
    request: AcceptInvitationBody,
    response: AcceptInvitationResponse,
    status: 200,
  },
  "POST /api/t/{tenant}/realtime/ticket": {
    summary: "A single-use ticket (≤ 60 s) to open the WebSocket: /ws?ticket=…",
    access: "all roles",
    response: RealtimeTicket,
    status: 200,
  },
  "GET /api/t/{tenant}/invitations": {
    summary: "Pending invitations (never a token)",
    access: "owner, admin",
    response: InvitationList,
    status: 200,
  },
  "POST /api/t/{tenant}/invitations": {
    summary:
      "Invite someone by e-mail: the link is answered once and e-mailed (only an owner invites an owner)",
    access: "owner, admin",
    request: CreateInvitationBody,
    response: InvitationCreated,
    status: 201,
  },
  "DELETE /api/t/{tenant}/invitations/{invitationId}": {
    summary: "Revoke a pending invitation",
    access: "owner, admin",
    status: 204,
  },
  "GET /api/t/{tenant}/members": {
    summary: "List members",
    access: "owner, admin",
    response: MemberList,
    status: 200,
  },
  "POST /api/t/{tenant}/members": {
    summary:
      "Create a brand-new account as a member (409 account_exists for an e-mail that has an account: invite them instead)",
    access: "owner, admin (only an owner grants owner)",
    request: AddMemberBody,
    response: Member,
    status: 201,
  },
  "PATCH /api/t/{tenant}/members/{userId}": {
    summary: "Change a member's role",
    access: "owner, admin",
    request: ChangeRoleBody,
    response: Member,
    status: 200,
  },
  "DELETE /api/t/{tenant}/members/{userId}": {
    summary: "Remove a member (a workspace keeps an owner)",
    access: "owner, admin",
    status: 204,
  },
  "GET /api/t/{tenant}/integrations": {
    summary: "List provider integrations (never a token)",
    access: "all roles",
    response: IntegrationList,
    status: 200,
  },
  "PUT /api/t/{tenant}/integrations/twilio": {
    summary: "Connect Twilio (verified with Twilio first)",
    access: "owner, admin",
    request: TwilioCredentials,
    response: TwilioConnection,
    status: 200,
  },
  "DELETE /api/t/{tenant}/integrations/twilio": {
    summary: "Disconnect Twilio (no Twilio numbers may remain)",
    access: "owner, admin",
    status: 204,
  },
  "GET /api/t/{tenant}/integrations/twilio/numbers": {
    summary: "The Twilio account's WhatsApp-capable numbers",
    access: "all roles",
    response: TwilioNumberList,
    status: 200,
  },
  "GET /api/t/{tenant}/agents": {
    summary: "List AI agents",
    access: "all roles",
    response: AgentList,
    status: 200,
  },
  "POST /api/t/{tenant}/agents": {
    summary: "Create an AI agent",
    access: "owner, admin",
    request: CreateAgentBody,
    response: Agent,
    status: 201,
  },
  "GET /api/t/{tenant}/agents/{agentId}": {
    summary: "Read an AI agent",
    access: "all roles",
    response: Agent,
    status: 200,
  },
  "PATCH /api/t/{tenant}/agents/{agentId}": {
    summary: "Edit an AI agent",
    access: "owner, admin",
    request: UpdateAgentBody,
    response: Agent,
    status: 200,
  },
  "DELETE /api/t/{tenant}/agents/{agentId}": {
    summary: "Delete an AI agent no active number uses",
    access: "owner, admin",
    status: 204,
  },
  "GET /api/t/{tenant}/whatsapp/numbers": {
    summary: "List WhatsApp numbers",
    access: "all roles",
    response: WhatsAppNumberList,
    status: 200,
  },
  "POST /api/t/{tenant}/whatsapp/numbers": {
    summary: "Connect a WhatsApp number (Twilio or Meta)",
    access: "owner, admin",
    request: CreateNumberBody,
    response: WhatsAppNumber,
    status: 201,
  },
  "PATCH /api/t/{tenant}/whatsapp/numbers/{numberId}": {
    summary: "Edit a WhatsApp number",
    access: "owner, admin",
    request: UpdateNumberBody,
    response: WhatsAppNumber,
    status: 200,
  },
  "DELETE /api/t/{tenant}/whatsapp/numbers/{numberId}": {
    summary: "Delete a WhatsApp number (its conversations stay)",
    access: "owner, admin",
    status: 204,
  },
  "GET /api/t/{tenant}/whatsapp/numbers/{numberId}/templates": {
    summary:
      "The number's WhatsApp templates (Twilio Content API / Meta message templates) with their approval status; only approved ones can be sent; `?refresh=true` skips the short cache; 409 business_account_required for a Meta number without its business account id",
    access: "all roles",
    query: ListTemplatesQuery,
    response: TemplateList,
    status: 200,
  },
  "POST /api/t/{tenant}/whatsapp/conversations": {
    summary:
      "Start (or resume) a conversation with a customer by sending an approved template; 201 Conversation with the message queued",
    access: "all roles",
    request: StartConversationBody,
    response: Conversation,
    status: 201,
  },
  "GET /api/t/{tenant}/whatsapp/conversations": {
    summary: "Conversations, newest activity first",
    access: "all roles",
    query: ListConversationsQuery,
    response: ConversationList,
    status: 200,
  },
  "GET /api/t/{tenant}/whatsapp/conversations/{conversationId}": {
    summary: "Read a conversation",
    access: "all roles",
    response: Conversation,
    status: 200,
  },
  "PATCH /api/t/{tenant}/whatsapp/conversations/{conversationId}": {
    summary: "Change a conversation's status or AI",
    access: "all roles",
    request: UpdateConversationBody,
    response: Conversation,
    status: 200,
  },
  "DELETE /api/t/{tenant}/whatsapp/conversations/{conversationId}": {
    summary: "Delete a conversation",
    access: "owner, admin",
    status: 204,
  },
  "POST /api/t/{tenant}/whatsapp/conversations/{conversationId}/read": {
    summary: "Mark a conversation read",
    access: "all roles",
    response: Conversation,
    status: 200,
  },
  "GET /api/t/{tenant}/whatsapp/notifications": {
    summary: "Notifications, newest first, with the caller's own read state and unread count",
    access: "all roles",
    query: ListNotificationsQuery,
    response: NotificationList,
    status: 200,
  },
  "POST /api/t/{tenant}/whatsapp/notifications/read-all": {
    summary: "Mark every notification read for the caller (others keep theirs)",
    access: "all roles",
    response: MarkAllReadResponse,
    status: 200,
  },
  "POST /api/t/{tenant}/whatsapp/notifications/{notificationId}/read": {
    summary: "Mark one notification read for the caller",
    access: "all roles",
    response: Notification,
    status: 200,
  },
  "POST /api/t/{tenant}/whatsapp/conversations/{conversationId}/insights": {
    summary:
      "Generate insights (sentiment + summary): 202 queued; the result lands on the conversation (`insights`, source ai or local) and comes as conversation.updated",
    access: "all roles",
    response: InsightsQueued,
    status: 202,
  },
  "GET /api/t/{tenant}/whatsapp/conversations/{conversationId}/messages": {
    summary: "Messages, oldest first; nextCursor pages back",
    access: "all roles",
    query: ListMessagesQuery,
    response: MessageList,
    status: 200,
  },
  "POST /api/t/{tenant}/whatsapp/conversations/{conversationId}/messages": {
    summary:
      "Send a text `{text}` (queued; 422 window_closed outside the 24 h window) or an approved template `{template: {id, variables}}` (allowed with the window closed; 400 when a variable is missing, 422 template_not_approved)",
    access: "all roles",
    request: SendMessageBody,
    response: Message,
    status: 201,
  },
  "POST /api/t/{tenant}/whatsapp/conversations/{conversationId}/messages/{messageId}/retry": {
    summary:
      "Send a failed message again (only one the provider never accepted; 409 not_retryable otherwise)",
    access: "all roles",
    response: Message,
    status: 200,
  },
  "GET /api/t/{tenant}/whatsapp/conversations/{conversationId}/messages/{messageId}/media/{index}":
    {
      summary:
        "The bytes of a message's attachment (index from 0), fetched from the provider with the tenant's credentials; types that could carry script come as an octet-stream attachment; 413 media_too_large over 4 MB, 502 media_unavailable when the provider no longer has it",
      access: "all roles",
      status: 200,
    },
};
