import type { Conversation, EscalationReason } from "@helios/contracts";
import { ArrowLeft, PanelRight, Trash2 } from "lucide-react";
import { Link } from "react-router";
import { tenantPath } from "../../app/nav-items";
import { useCurrentTenant } from "../../app/tenant-context";
import { Badge } from "../../components/Badge";
import { Button } from "../../components/Button";
import { config } from "../../config";
import { ConversationStatusBadge } from "../../conversations/ConversationStatusBadge";
import { customerHandle, customerName } from "../../conversations/format-address";
import { useNumberName } from "../whatsapp/use-number-names";
import { AiSwitch } from "./AiSwitch";
import { AssigneeMenu } from "./AssigneeMenu";
import { ChatLabels } from "./ChatLabels";
import { StatusActions } from "./StatusActions";
import { WindowStatus } from "./WindowStatus";

const ESCALATION_REASONS: Record<EscalationReason, string> = {
  asked_for_human: "The customer asked for a person",
  negative_sentiment: "The customer is upset",
  model_decided: "The AI handed it over",
  provider_failed: "The AI provider kept failing",
  window_closed: "The 24-hour window closed before the AI answered: reply with a template",
};

interface ChatHeaderProps {
  conversation: Conversation;
  windowOpen: boolean;
  now: number;
  detailsOpen: boolean;
  onToggleDetails: () => void;
  onDelete: () => void;
}

/** Who the chat is with, on which number, its status and window, and what can be done. */
export function ChatHeader(props: ChatHeaderProps) {
  const { conversation, windowOpen, now, detailsOpen, onToggleDetails, onDelete } = props;
  const { tenant, canManage } = useCurrentTenant();
  const numberName = useNumberName()(conversation.numberId);
  const name = customerName(conversation.customer);
  return (
    <header className="mb-3 shrink-0 space-y-3">
      <title>{`${name} · ${config.productName}`}</title>
      <div className="flex items-start gap-3">
        <Link
          to={tenantPath(tenant.slug, "whatsapp")}
          aria-label="Back to WhatsApp"
          className="mt-0.5 rounded-md p-1.5 text-gray-600 hover:bg-gray-100"
        >
          <ArrowLeft className="size-5" aria-hidden />
        </Link>
        <div className="min-w-0 flex-1">
          <div className="flex flex-wrap items-center gap-2">
            <h1 className="truncate text-xl font-semibold tracking-tight text-gray-900">{name}</h1>
            <ConversationStatusBadge status={conversation.status} />
            {conversation.escalated && <Badge tone="amber">Escalated</Badge>}
          </div>
          {conversation.escalated && conversation.escalation && (
            <p
              className="text-sm text-amber-900"
              data-testid="escalation-reason"
              data-reason={conversation.escalation.reason}
              title={ESCALATION_REASONS[conversation.escalation.reason]}
            >
              <span className="font-medium">Why: </span>
              {conversation.escalation.detail || ESCALATION_REASONS[conversation.escalation.reason]}
              <span className="text-amber-800">
                {" "}
                · Replying or closing the conversation clears it.
              </span>
            </p>
          )}
          <p className="truncate text-sm text-gray-600">
            <span className="font-mono text-xs" data-testid="customer-number">
              {customerHandle(conversation.customer)}
            </span>
            {" · to "}
            <span className="font-medium text-gray-800" data-testid="conversation-number">
              {numberName ?? "…"}
            </span>
          </p>
          <WindowStatus
            windowExpiresAt={conversation.windowExpiresAt}
            open={windowOpen}
            now={now}
          />
        </div>
      </div>
      <div className="flex flex-wrap items-start gap-2">
        <AssigneeMenu conversation={conversation} />
        <StatusActions conversation={conversation} />
        <div className="px-1 pt-1.5">
          <AiSwitch conversation={conversation} />
        </div>
        <span className="flex-1" />
        <Button
          variant="secondary"
          className="px-2.5 py-1.5 @3xl:hidden"
          aria-expanded={detailsOpen}
          aria-controls="chat-details"
          onClick={onToggleDetails}
          icon={<PanelRight className="size-4 text-emerald-700" aria-hidden />}
        >
          Contact & insights
        </Button>
        {canManage && (
          <Button
            variant="ghost"
            className="px-2.5 py-1.5 text-red-700 hover:bg-red-50"
            aria-label="Delete conversation"
            onClick={onDelete}
            icon={<Trash2 className="size-4" aria-hidden />}
          >
            Delete
          </Button>
        )}
      </div>
      <ChatLabels conversation={conversation} />
    </header>
  );
}
