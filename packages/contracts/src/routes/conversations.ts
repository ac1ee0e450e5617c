import { InsightsQueued } from "../ai";
import {
  Conversation,
  ConversationFilters,
  ConversationList,
  ListConversationsQuery,
  ListMessagesQuery,
  Message,
  MessageList,
  NoteBody,
  SendMessageBody,
  UpdateConversationBody,
} from "../conversations";
import { StartConversationBody } from "../templates";
import { defineRoutes } from "./define";

const conversation = "/api/t/{tenant}/whatsapp/conversations/{conversationId}";

export const conversationRoutes = defineRoutes({
  "conversations/list": {
    method: "GET",
    path: "/api/t/{tenant}/whatsapp/conversations",
    summary: "Conversations, newest activity first",
    access: "member",
    query: ListConversationsQuery,
    response: ConversationList,
    status: 200,
  },
  "conversations/export": {
    method: "GET",
    path: "/api/t/{tenant}/whatsapp/conversations/export.csv",
    summary:
      "The conversations the filters select, as CSV (UTF-8, one header row), newest activity first",
    access: "manager",
    query: ConversationFilters,
    status: 200,
    responseType: "csv",
  },
  "conversations/start": {
    method: "POST",
    path: "/api/t/{tenant}/whatsapp/conversations",
    summary:
      "Start (or resume) a conversation with a customer by sending an approved template: 201 Conversation with the message queued; `to` is whatsapp:+E164, or a BSUID address of a customer Helios has seen (422 customer_unknown otherwise)",
    access: "member",
    request: StartConversationBody,
    response: Conversation,
    status: 201,
  },
  "conversations/get": {
    method: "GET",
    path: conversation,
    summary: "Read a conversation",
    access: "member",
    response: Conversation,
    status: 200,
  },
  "conversations/update": {
    method: "PATCH",
    path: conversation,
    summary:
      "Change a conversation's status, AI, assignee (any member; the assignee is notified) or labels",
    access: "member",
    request: UpdateConversationBody,
    response: Conversation,
    status: 200,
  },
  "conversations/remove": {
    method: "DELETE",
    path: conversation,
    summary: "Delete a conversation",
    access: "manager",
    status: 204,
  },
  "conversations/read": {
    method: "POST",
    path: `${conversation}/read`,
    summary: "Mark a conversation read",
    access: "member",
    response: Conversation,
    status: 200,
  },
  "conversations/insights": {
    method: "POST",
    path: `${conversation}/insights`,
    summary:
      "Generate insights (sentiment + summary): 202 queued; the result lands on the conversation (`insights`, source ai or local) and comes as conversation.updated",
    access: "member",
    response: InsightsQueued,
    status: 202,
  },
  "conversations/messages": {
    method: "GET",
    path: `${conversation}/messages`,
    summary: "Messages, oldest first; nextCursor pages back",
    access: "member",
    query: ListMessagesQuery,
    response: MessageList,
    status: 200,
  },
  "conversations/send": {
    method: "POST",
    path: `${conversation}/messages`,
    summary:
      "Send a text `{text}` (queued; 422 window_closed outside the 24 h window) or an approved template `{template: {id, variables}}` (allowed with the window closed; 400 when a variable is missing, 422 template_not_approved)",
    access: "member",
    request: SendMessageBody,
    response: Message,
    status: 201,
  },
  "conversations/note": {
    method: "POST",
    path: `${conversation}/notes`,
    summary:
      "Leave a private note for the team (never sent to the customer); `@name` mentions notify those members",
    access: "member",
    request: NoteBody,
    response: Message,
    status: 201,
  },
  "conversations/retry": {
    method: "POST",
    path: `${conversation}/messages/{messageId}/retry`,
    summary:
      "Send a failed message again (only one the provider never accepted; 409 not_retryable otherwise)",
    access: "member",
    response: Message,
    status: 200,
  },
  "conversations/media": {
    method: "GET",
    path: `${conversation}/messages/{messageId}/media/{index}`,
    summary:
      "The bytes of a message's attachment (index from 0), fetched from the provider with the tenant's credentials; types that could carry script come as an octet-stream attachment; 413 media_too_large over 4 MB, 502 media_unavailable when the provider no longer has it",
    access: "member",
    status: 200,
    responseType: "binary",
  },
});
