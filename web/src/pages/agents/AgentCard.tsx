import type { Agent } from "@helios/contracts";
import { useId } from "react";
import { useAiStatus } from "../../ai/use-ai-status";
import { useCurrentTenant } from "../../app/tenant-context";
import { Badge } from "../../components/Badge";
import { EditDeleteButtons, ItemCard } from "../../components/ItemCard";
import { RelativeTime } from "../../components/RelativeTime";

interface AgentCardProps {
  agent: Agent;
  onEdit: () => void;
  onDelete: () => void;
}

export function AgentCard({ agent, onEdit, onDelete }: AgentCardProps) {
  const { canManage } = useCurrentTenant();
  const ai = useAiStatus();
  const titleId = useId();
  const keywords = agent.escalation.keywords.length;
  const whatsapp = agent.channels.whatsapp;

  return (
    <ItemCard
      kind="agent"
      id={agent.id}
      name={agent.name}
      titleId={titleId}
      details={
        <p className="truncate text-sm text-gray-600">
          {agent.model || (ai ? `Default model (${ai.defaultModel})` : "Default model")}
        </p>
      }
      badge={
        <Badge tone={whatsapp ? "green" : "gray"} testId="agent-whatsapp">
          {whatsapp ? "WhatsApp on" : "WhatsApp off"}
        </Badge>
      }
    >
      {agent.instructions && (
        <p className="line-clamp-2 text-sm text-gray-600">{agent.instructions}</p>
      )}
      <p className="mt-auto text-xs text-gray-500">
        <span title={agent.escalation.keywords.join(", ") || undefined}>
          {keywords === 1 ? "1 escalation keyword" : `${keywords} escalation keywords`}
        </span>
        {" · "}Updated <RelativeTime date={agent.updatedAt} />
      </p>
      {canManage && (
        <div className="flex gap-2 border-t border-gray-100 pt-3">
          <EditDeleteButtons titleId={titleId} onEdit={onEdit} onDelete={onDelete} />
        </div>
      )}
    </ItemCard>
  );
}
