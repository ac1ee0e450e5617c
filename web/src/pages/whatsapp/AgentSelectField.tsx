import type { Agent } from "@helios/contracts";
import { Link } from "react-router";
import { tenantPath } from "../../app/nav-items";
import { useCurrentTenant } from "../../app/tenant-context";
import { SelectField, type SelectOption } from "../../components/SelectField";
import type { FieldProps } from "../../forms/use-form";
import { useAgents } from "../agents/use-agents";

interface AgentSelectFieldProps {
  field: FieldProps<"assignedAgentId">;
  /** The number's agent when editing: listed even if its WhatsApp channel is now off. */
  currentAgentId?: string | null;
}

function agentOptions(agents: readonly Agent[], currentAgentId: string | null | undefined) {
  const options: SelectOption[] = [{ value: "", label: "No agent" }];
  for (const agent of agents) {
    if (agent.channels.whatsapp) options.push({ value: agent.id, label: agent.name });
    else if (agent.id === currentAgentId) {
      options.push({ value: agent.id, label: `${agent.name} (WhatsApp off)` });
    }
  }
  return options;
}

/** "Assigned Agent": the agents with the WhatsApp channel on, or none. */
export function AgentSelectField({ field, currentAgentId }: AgentSelectFieldProps) {
  const { tenant } = useCurrentTenant();
  const agents = useAgents();

  if (agents.isPending) {
    return (
      <SelectField
        label="Assigned Agent"
        disabled
        aria-busy="true"
        options={[{ value: field.value, label: "Loading agents…" }]}
        value={field.value}
      />
    );
  }

  const options = agentOptions(agents.data?.items ?? [], currentAgentId);
  const none = agents.isSuccess && options.length === 1;
  return (
    <SelectField
      label="Assigned Agent"
      options={options}
      hint={
        agents.isError ? (
          "Could not load the agents: try again in a moment."
        ) : (
          <>
            Required when Active is checked.{" "}
            {none ? (
              <>
                No agent has the WhatsApp channel on yet:{" "}
                <Link
                  to={tenantPath(tenant.slug, "agents")}
                  className="font-medium text-emerald-700 underline"
                >
                  create one in AI Agents
                </Link>
                .
              </>
            ) : (
              "Only agents with the WhatsApp channel on are listed."
            )}
          </>
        )
      }
      {...field}
    />
  );
}
