import type { Conversation } from "@helios/contracts";
import { Badge } from "../../components/Badge";
import { RelativeTime } from "../../components/RelativeTime";
import { UnreadBadge } from "../../components/UnreadBadge";
import { ConversationStatusBadge } from "../../conversations/ConversationStatusBadge";
import { activityDate } from "../../conversations/conversation-list";
import { customerHandle, customerName } from "../../conversations/format-address";
import { SentimentBadge } from "../../conversations/SentimentBadge";
import { LastMessagePreview } from "./LastMessagePreview";
import { ViewChatLink } from "./ViewChatLink";

interface ConversationCardsProps {
  conversations: readonly Conversation[];
  numberName: (numberId: string) => string | undefined;
}

/** Small screens: the table as a list of cards; the whole card opens the chat. */
export function ConversationCards({ conversations, numberName }: ConversationCardsProps) {
  return (
    <ul className="grid grid-cols-1 gap-3 md:grid-cols-2" data-testid="conversations-table">
      {conversations.map((conversation) => {
        const name = customerName(conversation.customer);
        return (
          <li
            key={conversation.id}
            data-testid="conversation-row"
            data-conversation-id={conversation.id}
            className="relative rounded-lg border border-gray-200 bg-white p-4 shadow-sm hover:bg-gray-50"
          >
            <div className="flex items-start justify-between gap-3">
              <div className="min-w-0">
                <p className="truncate font-medium text-gray-900">{name}</p>
                <p className="truncate font-mono text-xs text-gray-500">
                  {customerHandle(conversation.customer)}
                  {" · "}
                  <span className="font-sans">{numberName(conversation.numberId) ?? "…"}</span>
                </p>
              </div>
              <div className="flex shrink-0 items-center gap-2 text-xs text-gray-500">
                <RelativeTime date={activityDate(conversation)} />
                <UnreadBadge count={conversation.unreadCount} />
              </div>
            </div>
            <p className="mt-2 text-sm text-gray-700">
              <LastMessagePreview conversation={conversation} />
            </p>
            <div className="mt-3 flex flex-wrap items-center gap-1.5">
              <ConversationStatusBadge status={conversation.status} />
              {conversation.escalated && <Badge tone="amber">Escalated</Badge>}
              {conversation.insights && (
                <SentimentBadge sentiment={conversation.insights.sentiment} />
              )}
              <span className="flex-1" />
              <ViewChatLink conversationId={conversation.id} customer={name} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
