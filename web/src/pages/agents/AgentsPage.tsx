import type { Agent } from "@helios/contracts";
import { Bot } from "lucide-react";
import { useState } from "react";
import { AiProviderNotice } from "../../ai/AiProviderNotice";
import { useCurrentTenant } from "../../app/tenant-context";
import { AddButton } from "../../components/Button";
import { EmptyState } from "../../components/EmptyState";
import { PageHeader } from "../../components/PageHeader";
import { QueryView } from "../../components/QueryView";
import { AgentsSkeleton } from "../../components/skeletons";
import { AgentCard } from "./AgentCard";
import { AgentDialog } from "./AgentDialog";
import { DeleteAgentDialog } from "./DeleteAgentDialog";
import { useAgents } from "./use-agents";

type Editing = { agent?: Agent } | null;

/** `/app/:tenant/agents`: the AI agents; owners and admins create and change them. */
export function AgentsPage() {
  const { canManage } = useCurrentTenant();
  const agents = useAgents();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Agent | null>(null);

  return (
    <>
      <PageHeader
        title="AI Agents"
        description={
          canManage
            ? "Assistants that answer your customers and hand over to your team."
            : "Assistants that answer your customers and hand over to your team. Owners and admins change them."
        }
        actions={canManage && <AddButton onClick={() => setEditing({})}>New agent</AddButton>}
      />
      <AiProviderNotice className="mb-4" />
      <QueryView
        query={agents}
        loading={<AgentsSkeleton />}
        errorTitle="Could not load the agents"
        isEmpty={(data) => data.items.length === 0}
        empty={
          <EmptyState
            icon={Bot}
            title="No agents yet"
            action={
              canManage && (
                <AddButton onClick={() => setEditing({})}>Create your first agent</AddButton>
              )
            }
          >
            An agent answers customers on your WhatsApp numbers with your instructions, and hands
            the conversation to your team when a customer asks for a person.
          </EmptyState>
        }
      >
        {(data) => (
          <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3" data-testid="agent-list">
            {data.items.map((agent) => (
              <AgentCard
                key={agent.id}
                agent={agent}
                onEdit={() => setEditing({ agent })}
                onDelete={() => setDeleting(agent)}
              />
            ))}
          </div>
        )}
      </QueryView>
      {editing && <AgentDialog agent={editing.agent} onClose={() => setEditing(null)} />}
      {deleting && <DeleteAgentDialog agent={deleting} onClose={() => setDeleting(null)} />}
    </>
  );
}
