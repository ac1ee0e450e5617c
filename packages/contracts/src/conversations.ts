import { pageLimit } from "./paging";
import { TemplateRef } from "./templates";
import * as z from "./zod";

export const ConversationStatus = z.enum(["open", "closed", "archived"]);
export type ConversationStatus = z.infer<typeof ConversationStatus>;

export const Sentiment = z.enum(["positive", "neutral", "negative"]);

export const Insights = z.object({
  sentiment: Sentiment,
  score: z.number(),
  summary: z.string(),
  /** What produced them: "ai" (the model) or "local" (the offline analyzer). */
  source: z.string(),
  generatedAt: z.string(),
});
export type Insights = z.infer<typeof Insights>;

/** Why the conversation went to people: what a person acts on. */
export const EscalationReason = z.enum([
  "asked_for_human",
  "negative_sentiment",
  "model_decided",
  "provider_failed",
  /** The customer's 24-hour window closed before the AI could answer: only a person's template can. */
  "window_closed",
]);
export type EscalationReason = z.infer<typeof EscalationReason>;

export const Escalation = z.object({
  reason: EscalationReason,
  /** In words: the keyword matched, the model's own reason, the provider's failure. */
  detail: z.string(),
  at: z.string(),
});
export type Escalation = z.infer<typeof Escalation>;

export const Assignee = z.object({ userId: z.string(), name: z.string() });
export type Assignee = z.infer<typeof Assignee>;

export const Conversation = z.object({
  id: z.string(),
  numberId: z.string(),
  /**
   * `address` is what replies go to (`whatsapp:+14155550123`, or `whatsapp:US.13491…` for a customer
   * known only by their business-scoped user id); `phone`, `userId` and `username` when known.
   */
  customer: z.object({
    address: z.string(),
    name: z.string(),
    username: z.optional(z.string()),
    userId: z.optional(z.string()),
    /** The parent BSUID shared across a business's portfolios, when Meta gives one. */
    parentUserId: z.optional(z.string()),
    phone: z.optional(z.string()),
  }),
  status: ConversationStatus,
  aiActive: z.boolean(),
  escalated: z.boolean(),
  /** Why it is escalated; absent (or null) when it is not. */
  escalation: z.optional(z.nullable(Escalation)),
  lastMessage: z.nullable(
    z.object({
      text: z.string(),
      direction: z.enum(["inbound", "outbound"]),
      at: z.string(),
      /** The member who wrote it, when a person replied (not the AI, not a template sent by the AI). */
      authorName: z.optional(z.string()),
    }),
  ),
  /** The member the conversation is assigned to; null when nobody is. */
  assignee: z.nullable(Assignee),
  /** The ids of the workspace's labels on it (`GET /labels` names and colours them). */
  labels: z.array(z.string()),
  /** When the customer last wrote (null for a conversation a business template started). */
  lastInboundAt: z.nullable(z.string()),
  /**
   * The workspace's contact for this customer (`GET /contacts/{id}`): the same person across the
   * workspace's numbers. Absent only until the contact is first indexed.
   */
  contactId: z.optional(z.string()),
  unreadCount: z.int(),
  /** When the 24-hour customer-service window closes (null until the customer writes). */
  windowExpiresAt: z.nullable(z.string()),
  /** Whether that window was open when the server answered: free text can be sent (else templates). */
  windowOpen: z.boolean(),
  insights: z.optional(Insights),
  /** Goes up by one with every change; the condition of every conditional write. */
  version: z.optional(z.int()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Conversation = z.infer<typeof Conversation>;

export const ConversationList = z.object({
  items: z.array(Conversation),
  nextCursor: z.nullable(z.string()),
});
export type ConversationList = z.infer<typeof ConversationList>;

const TrueOnly = z.pipe(
  z.optional(z.enum(["true", "false"], { message: "Use true or false" })),
  z.transform((value) => (value === undefined ? undefined : value === "true")),
);

/** The list's filters (also the CSV export's): every one narrows; together they all apply. */
export const ConversationFilters = z.object({
  status: z.optional(ConversationStatus),
  numberId: z.optional(z.string()),
  /** `me` (the caller), `none` (unassigned) or a member's userId. */
  assignee: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(64))),
  /** A label's id. */
  label: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(64))),
  escalated: TrueOnly,
  unread: TrueOnly,
  /** Words in the customer's name, phone, username or the messages' text (each word must match). */
  q: z.pipe(
    z.optional(z.string().check(z.trim(), z.maxLength(100, "Search for at most 100 characters"))),
    z.transform((value) => (value ? value : undefined)),
  ),
});
export type ConversationFilters = z.infer<typeof ConversationFilters>;

export const ListConversationsQuery = z.extend(ConversationFilters, {
  limit: pageLimit(25),
  cursor: z.optional(z.string()),
});
export type ListConversationsQuery = z.infer<typeof ListConversationsQuery>;

export const UpdateConversationBody = z
  .partial(
    z.object({
      status: ConversationStatus,
      aiActive: z.boolean(),
      /** A member's userId, or null to unassign. Any member may assign (the assignee is notified). */
      assigneeUserId: z.nullable(z.string().check(z.minLength(1), z.maxLength(64))),
      /** The label ids it carries from now on (each one of the workspace's labels). */
      labels: z
        .array(z.string().check(z.minLength(1), z.maxLength(64)))
        .check(z.maxLength(20, "Use at most 20 labels")),
    }),
  )
  .check(
    z.refine(
      (body) => Object.values(body).some((value) => value !== undefined),
      "Send status, aiActive, assigneeUserId or labels",
    ),
  );
export type UpdateConversationBody = z.infer<typeof UpdateConversationBody>;

export const MessageStatus = z.enum(["received", "queued", "sent", "delivered", "read", "failed"]);
export type MessageStatus = z.infer<typeof MessageStatus>;

export const MessageKind = z.enum([
  "text",
  "image",
  "audio",
  "video",
  "document",
  "sticker",
  "location",
  "contacts",
  "interactive",
  "reaction",
  "unsupported",
  /** A line in the timeline (AI paused, escalated, …): never sent to the customer. */
  "event",
  /** A private note from a member to the team: never sent to the customer. */
  "note",
  /** A line from WhatsApp about the customer (changed number, changed user id), not a message. */
  "system",
  /** An approved WhatsApp template the business sent (its text is the filled body). */
  "template",
]);
export type MessageKind = z.infer<typeof MessageKind>;

/** What a timeline line (`kind: "event"`) tells of. */
export const MessageEvent = z.object({
  /** ai_paused: a person replied while the AI was on; ai_switched_off / ai_resumed: the switch. */
  type: z.enum([
    "ai_paused",
    "ai_switched_off",
    "ai_resumed",
    "escalated",
    "assigned",
    "unassigned",
    "closed",
    "archived",
    "reopened",
  ]),
  /** The member who caused it, when a person did (absent: the system, e.g. round-robin). */
  byName: z.optional(z.string()),
  /** For `assigned`: who it is assigned to now. */
  assigneeName: z.optional(z.string()),
  reason: z.optional(EscalationReason),
});
export type MessageEvent = z.infer<typeof MessageEvent>;

export const Message = z.object({
  id: z.string(),
  conversationId: z.string(),
  direction: z.enum(["inbound", "outbound"]),
  author: z.enum(["customer", "user", "ai"]),
  authorUserId: z.optional(z.string()),
  /** The member who wrote it (a person's reply). */
  authorName: z.optional(z.string()),
  kind: MessageKind,
  /** For `kind: "note"`: the members it mentions with `@name` (each was notified). */
  mentions: z.optional(z.array(z.object({ userId: z.string(), name: z.string() }))),
  /** For `kind: "event"`: what happened (the text says it in words). */
  event: z.optional(MessageEvent),
  text: z.string(),
  media: z.optional(z.array(z.object({ url: z.string(), contentType: z.string() }))),
  location: z.optional(
    z.object({
      latitude: z.number(),
      longitude: z.number(),
      name: z.optional(z.string()),
      address: z.optional(z.string()),
    }),
  ),
  /** The message this one quotes (a reply with context). */
  replyTo: z.optional(z.object({ providerMessageId: z.string(), text: z.optional(z.string()) })),
  /** Reactions the customer put on this message. */
  reactions: z.optional(z.array(z.object({ emoji: z.string(), at: z.string() }))),
  status: MessageStatus,
  error: z.optional(z.object({ code: z.string(), message: z.string() })),
  /** For `kind: "template"`: which template was sent. */
  template: z.optional(z.object({ id: z.string(), name: z.string() })),
  /** Set when the text was too long to keep whole: its full length in characters. */
  fullLength: z.optional(z.int()),
  providerMessageId: z.string(),
  createdAt: z.string(),
  /** Whether it may be sent again now, as itself: failed or stuck before the provider accepted it. */
  canRetry: z.boolean(),
  /**
   * From when it may be sent again (a queued message counts as stuck from then on, so Retry can
   * appear without a new event); null when it may not.
   */
  retryableAt: z.nullable(z.string()),
});
export type Message = z.infer<typeof Message>;

export const MessageList = z.object({
  items: z.array(Message),
  nextCursor: z.nullable(z.string()),
});
export type MessageList = z.infer<typeof MessageList>;

export const ListMessagesQuery = z.object({
  limit: pageLimit(50),
  before: z.optional(z.string()),
});
export type ListMessagesQuery = z.infer<typeof ListMessagesQuery>;

const MessageText = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, "Write a message first"),
    z.maxLength(4096, "WhatsApp messages are at most 4,096 characters"),
  );

/**
 * A reply: free text `{text}` (inside the 24-hour window), or an approved template
 * `{template: {id, variables}}` (allowed whether or not the window is open) — one of the two.
 */
export const SendMessageBody = z.pipe(
  z.object({ text: z.optional(MessageText), template: z.optional(TemplateRef) }).check(
    z.superRefine((body, context) => {
      if (body.text === undefined && body.template === undefined) {
        context.addIssue({ code: "custom", path: ["text"], message: "Write a message first" });
      }
      if (body.text !== undefined && body.template !== undefined) {
        context.addIssue({
          code: "custom",
          path: ["template"],
          message: "Send either a text or a template, not both",
        });
      }
    }),
  ),
  z.transform((body): { text: string } | { template: TemplateRef } =>
    body.template ? { template: body.template } : { text: body.text ?? "" },
  ),
);
export type SendMessageBody = z.input<typeof SendMessageBody>;

/** A private note: `@name` mentions a member by their name (spaces allowed: `@Ana Lima`). */
export const NoteBody = z.object({
  text: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, "Write the note first"),
      z.maxLength(4096, "A note is at most 4,096 characters"),
    ),
});
export type NoteBody = z.infer<typeof NoteBody>;
