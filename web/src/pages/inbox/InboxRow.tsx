import type { Conversation, Label } from "@helios/contracts";
import clsx from "clsx";
import { useId } from "react";
import { Link } from "react-router";
import { useCurrentTenant } from "../../app/tenant-context";
import { Avatar } from "../../components/Avatar";
import { Badge } from "../../components/Badge";
import { RelativeTime } from "../../components/RelativeTime";
import { UnreadBadge } from "../../components/UnreadBadge";
import { activityDate } from "../../conversations/conversation-list";
import { customerHandle, customerName } from "../../conversations/format-address";
import { chatPath } from "../../conversations/paths";
import { SentimentBadge } from "../../conversations/SentimentBadge";
import { LabelChips } from "./LabelChips";
import { lastMessageAuthor } from "./last-message";
import { RowMenu } from "./RowMenu";
import type { ConversationPatch } from "./use-patch-conversation";

interface InboxRowProps {
  conversation: Conversation;
  labels: readonly Label[];
  selected: boolean;
  /** The number it came to, when the workspace has several (else nothing). */
  numberName: string | undefined;
  /** The list's query string, kept when the chat opens (the list stays as it is). */
  search: string;
  onPatch: (patch: ConversationPatch) => void;
}

/** One conversation in the list: who, the last message and who wrote it, and its markers. */
export function InboxRow(props: InboxRowProps) {
  const { conversation, labels, selected, numberName, search, onPatch } = props;
  const { tenant, user } = useCurrentTenant();
  const previewId = useId();
  const name = customerName(conversation.customer);
  const handle = customerHandle(conversation.customer);
  const last = conversation.lastMessage;
  const author = lastMessageAuthor(conversation, user.name);
  const assignee = conversation.assignee;

  return (
    <li
      data-testid="conversation-row"
      data-conversation-id={conversation.id}
      data-selected={selected}
      className={clsx(
        "relative rounded-md",
        selected ? "bg-emerald-50 ring-1 ring-emerald-600/30" : "hover:bg-gray-50",
      )}
    >
      <Link
        to={{ pathname: chatPath(tenant.slug, conversation.id), search }}
        aria-label={`View Chat with ${name}`}
        aria-describedby={previewId}
        aria-current={selected ? "page" : undefined}
        data-row-link
        className="block rounded-md py-2.5 pr-10 pl-3 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-emerald-600"
      >
        <span className="flex items-baseline justify-between gap-2">
          <span className="min-w-0 truncate">
            <span className="font-medium text-gray-900">{name}</span>
            {handle !== name && <span className="ml-1.5 text-xs text-gray-500">{handle}</span>}
          </span>
          <span className="shrink-0 text-xs text-gray-500">
            <RelativeTime date={activityDate(conversation)} />
          </span>
        </span>
        <span className="mt-0.5 flex items-center justify-between gap-2">
          <span
            id={previewId}
            className="min-w-0 truncate text-sm text-gray-600"
            data-testid="row-preview"
          >
            {!last ? (
              <span className="text-gray-400 italic">No messages yet</span>
            ) : (
              <>
                {author && <span className="font-medium text-gray-800">{author}: </span>}
                {last.text || <span className="italic">Media</span>}
              </>
            )}
          </span>
          <UnreadBadge count={conversation.unreadCount} />
        </span>
        <span className="mt-1.5 flex flex-wrap items-center gap-1">
          {conversation.escalated && (
            <Badge tone="amber" testId="row-escalated">
              Escalated
            </Badge>
          )}
          {conversation.insights && <SentimentBadge sentiment={conversation.insights.sentiment} />}
          <LabelChips ids={conversation.labels ?? []} labels={labels} />
          {numberName && (
            <span className="max-w-28 truncate text-xs text-gray-500" data-testid="row-number">
              {numberName}
            </span>
          )}
          <span className="flex-1" />
          {assignee ? (
            <span
              className="inline-flex items-center"
              title={`Assigned to ${assignee.name}`}
              data-testid="row-assignee"
              data-assignee={assignee.name}
            >
              <Avatar name={assignee.name} colorKey={assignee.userId} />
              <span className="sr-only">Assigned to {assignee.name}</span>
            </span>
          ) : (
            <span className="text-xs text-gray-400" data-testid="row-unassigned">
              Unassigned
            </span>
          )}
        </span>
      </Link>
      <div className="absolute top-1.5 right-1">
        <RowMenu conversation={conversation} customer={name} onPatch={onPatch} />
      </div>
    </li>
  );
}
