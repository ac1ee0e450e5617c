import type { WhatsAppNumber } from "@helios/contracts";
import { Smartphone } from "lucide-react";
import { useState } from "react";
import { useCurrentTenant } from "../../app/tenant-context";
import { AddButton } from "../../components/Button";
import { EmptyState } from "../../components/EmptyState";
import { QueryView } from "../../components/QueryView";
import { NumbersSkeleton } from "../../components/skeletons";
import { useAgents } from "../agents/use-agents";
import { agentName } from "./agent-name";
import { DeleteNumberDialog } from "./DeleteNumberDialog";
import { NumberCard } from "./NumberCard";
import { NumberDialog } from "./NumberDialog";
import { useNumbers } from "./use-numbers";
import { WhatsAppHeader } from "./WhatsAppHeader";

type Editing = { number?: WhatsAppNumber } | null;

/** `/app/:tenant/whatsapp/numbers`: the WhatsApp page's "Numbers" section, the connected numbers. */
export function NumbersPage() {
  const { canManage } = useCurrentTenant();
  const numbers = useNumbers();
  const agents = useAgents();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<WhatsAppNumber | null>(null);

  return (
    <>
      <WhatsAppHeader
        current="numbers"
        actions={
          canManage && <AddButton onClick={() => setEditing({})}>Connect New Number</AddButton>
        }
      />
      <p className="mb-4 text-sm text-gray-600">
        Your WhatsApp Business numbers: their customers' conversations arrive in the inbox.
      </p>
      <section aria-label="Numbers">
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
      {editing && <NumberDialog number={editing.number} onClose={() => setEditing(null)} />}
      {deleting && <DeleteNumberDialog number={deleting} onClose={() => setDeleting(null)} />}
    </>
  );
}
