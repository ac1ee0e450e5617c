import type { WhatsAppNumber } from "@helios/contracts";
import { MessageSquarePlus, Smartphone } from "lucide-react";
import { useId, useState } from "react";
import { useCurrentTenant } from "../../app/tenant-context";
import { AddButton, Button } from "../../components/Button";
import { EmptyState } from "../../components/EmptyState";
import { PageHeader } from "../../components/PageHeader";
import { QueryView } from "../../components/QueryView";
import { NumbersSkeleton } from "../../components/skeletons";
import { NotificationsLink } from "../../notifications/NotificationsLink";
import { NewConversationDialog } from "../../templates/NewConversationDialog";
import { useAgents } from "../agents/use-agents";
import { agentName } from "./agent-name";
import { DeleteNumberDialog } from "./DeleteNumberDialog";
import { NumberCard } from "./NumberCard";
import { NumberDialog } from "./NumberDialog";
import { RecentConversations } from "./RecentConversations";
import { useNumbers } from "./use-numbers";

type Editing = { number?: WhatsAppNumber } | null;

/** `/app/:tenant/whatsapp`: the connected numbers, then the recent conversations. */
export function WhatsAppPage() {
  const { canManage } = useCurrentTenant();
  const numbers = useNumbers();
  const agents = useAgents();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<WhatsAppNumber | null>(null);
  const [starting, setStarting] = useState(false);
  const numbersHeading = useId();

  return (
    <>
      <PageHeader
        title="WhatsApp"
        description="Your WhatsApp Business numbers and the conversations on them."
        actions={
          <>
            <NotificationsLink />
            {(numbers.data?.items.length ?? 0) > 0 && (
              <Button
                variant="secondary"
                onClick={() => setStarting(true)}
                icon={<MessageSquarePlus className="size-4" aria-hidden />}
                data-testid="new-conversation"
              >
                New conversation
              </Button>
            )}
            {canManage && <AddButton onClick={() => setEditing({})}>Connect New Number</AddButton>}
          </>
        }
      />
      <section aria-labelledby={numbersHeading}>
        <h2 id={numbersHeading} className="mb-4 text-lg font-semibold text-gray-900">
          Numbers
        </h2>
        <QueryView
          query={numbers}
          loading={<NumbersSkeleton />}
          errorTitle="Could not load the numbers"
          isEmpty={(data) => data.items.length === 0}
          empty={
            <EmptyState
              icon={Smartphone}
              title="No numbers connected yet"
              action={
                canManage && (
                  <AddButton onClick={() => setEditing({})}>Connect your first number</AddButton>
                )
              }
            >
              Connect a WhatsApp Business number from Twilio (recommended) or Meta's Cloud API. Its
              customers' messages arrive here, and the agent you assign answers them.
              {!canManage && " Owners and admins connect numbers."}
            </EmptyState>
          }
        >
          {(data) => (
            <div className="grid gap-4 sm:grid-cols-2 2xl:grid-cols-3" data-testid="number-list">
              {data.items.map((number) => (
                <NumberCard
                  key={number.id}
                  number={number}
                  agentName={agentName(number, agents)}
                  onEdit={() => setEditing({ number })}
                  onDelete={() => setDeleting(number)}
                />
              ))}
            </div>
          )}
        </QueryView>
      </section>
      <RecentConversations />
      {editing && <NumberDialog number={editing.number} onClose={() => setEditing(null)} />}
      {deleting && <DeleteNumberDialog number={deleting} onClose={() => setDeleting(null)} />}
      {starting && <NewConversationDialog onClose={() => setStarting(false)} />}
    </>
  );
}
