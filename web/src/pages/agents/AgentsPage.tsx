import { Bot } from "lucide-react";
import { ComingSoon } from "../../components/ComingSoon";

/** `/app/:tenant/agents` — placeholder until AI agents are built. */
export function AgentsPage() {
  return (
    <ComingSoon
      title="AI Agents"
      description="Assistants that answer your customers and hand over to your team."
      icon={Bot}
      emptyTitle="No assistants yet"
    >
      Here you will create AI agents: give them instructions and a model, turn them on for WhatsApp,
      and choose the keywords that hand a conversation over to a person.
    </ComingSoon>
  );
}
