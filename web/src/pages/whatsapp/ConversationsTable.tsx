import type { Conversation } from "@helios/contracts";
import { Badge } from "../../components/Badge";
import { RelativeTime } from "../../components/RelativeTime";
import { Skeleton } from "../../components/Skeleton";
import { UnreadBadge } from "../../components/UnreadBadge";
import { ConversationStatusBadge } from "../../conversations/ConversationStatusBadge";
import { activityDate } from "../../conversations/conversation-list";
import { customerHandle, customerName } from "../../conversations/format-address";
import { SentimentBadge } from "../../conversations/SentimentBadge";
import { LastMessagePreview } from "./LastMessagePreview";
import { ViewChatLink } from "./ViewChatLink";

interface ConversationsTableProps {
  conversations: readonly Conversation[];
  numberName: (numberId: string) => string | undefined;
}

const headings = ["Customer", "Number", "Status", "Last message", "Sentiment", "Last activity"];
const cell = "px-3 py-3";

/** Wide screens: one row per conversation; the whole row opens the chat. */
export function ConversationsTable({ conversations, numberName }: ConversationsTableProps) {
  return (
    <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white shadow-sm">
      <table
        className="min-w-full divide-y divide-gray-200 text-sm"
        data-testid="conversations-table"
      >
        <thead className="bg-gray-50 text-left text-xs font-medium tracking-wide text-gray-500 uppercase">
          <tr>
            {headings.map((heading) => (
              <th key={heading} scope="col" className={`${cell} whitespace-nowrap`}>
                {heading}
              </th>
            ))}
            <th scope="col" className={cell}>
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">
          {conversations.map((conversation) => {
            const name = customerName(conversation.customer);
            const number = numberName(conversation.numberId);
            return (
              <tr
                key={conversation.id}
                data-testid="conversation-row"
                data-conversation-id={conversation.id}
                className="relative cursor-pointer hover:bg-gray-50"
              >
                <td className={cell}>
                  <p className="font-medium whitespace-nowrap text-gray-900">{name}</p>
                  <p className="font-mono text-xs whitespace-nowrap text-gray-500">
                    {customerHandle(conversation.customer)}
                  </p>
                </td>
                <td className={`${cell} whitespace-nowrap text-gray-700`}>
                  {number ?? <Skeleton className="h-4 w-20" />}
                </td>
                <td className={cell}>
                  <div className="flex flex-wrap gap-1">
                    <ConversationStatusBadge status={conversation.status} />
                    {conversation.escalated && <Badge tone="amber">Escalated</Badge>}
                  </div>
                </td>
                <td className={`${cell} max-w-52 text-gray-700`}>
                  <LastMessagePreview conversation={conversation} />
                </td>
                <td className={cell}>
                  {conversation.insights ? (
                    <SentimentBadge sentiment={conversation.insights.sentiment} />
                  ) : (
                    <span className="text-gray-400">—</span>
                  )}
                </td>
                <td className={`${cell} whitespace-nowrap text-gray-600`}>
                  <span className="inline-flex items-center gap-2">
                    <RelativeTime date={activityDate(conversation)} />
                    <UnreadBadge count={conversation.unreadCount} />
                  </span>
                </td>
                <td className={`${cell} text-right`}>
                  <ViewChatLink conversationId={conversation.id} customer={name} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
