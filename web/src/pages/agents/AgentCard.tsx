import type { Agent } from "@helios/contracts";
import { Pencil, Trash2 } from "lucide-react";
import { useId } from "react";
import { useAiStatus } from "../../ai/use-ai-status";
import { useCurrentTenant } from "../../app/tenant-context";
import { Badge } from "../../components/Badge";
import { Button } from "../../components/Button";
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
    <article
      aria-label={agent.name}
      data-testid="agent-card"
      data-agent-id={agent.id}
      className="flex flex-col gap-3 rounded-lg border border-gray-200 bg-white p-4 shadow-sm"
    >
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 id={titleId} className="truncate font-semibold text-gray-900">
            {agent.name}
          </h2>
          <p className="truncate text-sm text-gray-600">
            {agent.model || (ai ? `Default model (${ai.defaultModel})` : "Default model")}
          </p>
        </div>
        <Badge tone={whatsapp ? "green" : "gray"} testId="agent-whatsapp">
          {whatsapp ? "WhatsApp on" : "WhatsApp off"}
        </Badge>
      </div>
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
          <Button
            variant="secondary"
            onClick={onEdit}
            aria-describedby={titleId}
            icon={<Pencil className="size-4" aria-hidden />}
          >
            Edit
          </Button>
          <Button
            variant="ghost"
            onClick={onDelete}
            aria-describedby={titleId}
            className="text-red-700 hover:bg-red-50"
            icon={<Trash2 className="size-4" aria-hidden />}
          >
            Delete
          </Button>
        </div>
      )}
    </article>
  );
}
