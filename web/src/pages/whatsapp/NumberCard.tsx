import type { WhatsAppNumber } from "@helios/contracts";
import { useId } from "react";
import { useCurrentTenant } from "../../app/tenant-context";
import { Alert } from "../../components/Alert";
import { Badge } from "../../components/Badge";
import { EditDeleteButtons, ItemCard } from "../../components/ItemCard";
import { Notice } from "../../components/Notice";
import { Skeleton } from "../../components/Skeleton";
import { NumberActiveSwitch } from "./NumberActiveSwitch";
import { ProviderBadge } from "./ProviderBadge";
import { useActiveToggle } from "./use-active-toggle";
import { WebhookDisclosure } from "./WebhookDisclosure";

/** What keeps a number from receiving, or lets someone else take it over. */
function NumberWarnings({ number, canManage }: { number: WhatsAppNumber; canManage: boolean }) {
  if (number.disconnected) {
    return (
      <Notice tone="warning" testId="number-disconnected">
        <strong>Disconnected:</strong> the verified owner of this{" "}
        {number.provider === "twilio" ? "address" : "phone number id"} connected it in Helios, so
        this number no longer receives messages.
        {canManage ? " Delete it, or edit it to use a number you own." : ""}
      </Notice>
    );
  }
  return (
    <>
      {number.provider === "meta" && number.hasAppSecret === false && (
        <Notice tone="warning" testId="app-secret-warning">
          Add the App Secret to receive messages: without it Helios cannot check that deliveries
          come from Meta, so it refuses them.
          {canManage ? " Edit the number to add it (sending works meanwhile)." : ""}
        </Notice>
      )}
      {number.provider === "twilio" && number.verified === false && (
        <Notice tone="warning" testId="number-unverified">
          Unverified: your Twilio account does not list this number, so its verified owner can take
          it over by connecting it.
        </Notice>
      )}
    </>
  );
}

interface NumberCardProps {
  number: WhatsAppNumber;
  /** The assigned agent's name, "No agent", or undefined while the agents load. */
  agentName: string | undefined;
  onEdit: () => void;
  onDelete: () => void;
}

/** One connected number; owners and admins toggle it, edit, delete and see its webhook. */
export function NumberCard({ number, agentName, onEdit, onDelete }: NumberCardProps) {
  const { canManage } = useCurrentTenant();
  const toggle = useActiveToggle(number);
  const titleId = useId();

  return (
    <ItemCard
      kind="number"
      id={number.id}
      name={number.displayName}
      titleId={titleId}
      heading="h3"
      details={
        <>
          <p className="truncate font-mono text-xs text-gray-600" data-testid="number-address">
            {number.address ?? `Phone Number ID ${number.phoneNumberId ?? "—"}`}
          </p>
          {number.displayPhoneNumber && (
            <p className="truncate text-xs text-gray-600" data-testid="number-display-phone">
              {number.displayPhoneNumber}
              {number.verifiedName ? ` · ${number.verifiedName}` : ""}
            </p>
          )}
        </>
      }
      badge={<ProviderBadge provider={number.provider} />}
    >
      <dl className="grid grid-cols-[auto_1fr] items-center gap-x-3 gap-y-1 text-sm">
        <dt className="text-gray-500">Agent</dt>
        <dd data-testid="number-agent" className="min-w-0 truncate">
          {agentName === undefined ? (
            <Skeleton className="h-4 w-24" />
          ) : agentName === "No agent" ? (
            <span className="text-gray-500">No agent</span>
          ) : (
            <span className="font-medium text-gray-900">{agentName}</span>
          )}
        </dd>
        <dt className="text-gray-500">Assignment</dt>
        <dd data-testid="number-assignment" className="text-gray-800">
          {number.autoAssign ? "Round-robin" : "Manual"}
        </dd>
        {!canManage && (
          <>
            <dt className="text-gray-500">Status</dt>
            <dd>
              <Badge tone={number.active ? "green" : "gray"} testId="number-status">
                {number.active ? "Active" : "Inactive"}
              </Badge>
            </dd>
          </>
        )}
      </dl>

      <NumberWarnings number={number} canManage={canManage} />

      {canManage && (
        <>
          <div className="mt-auto flex flex-wrap items-center gap-2 border-t border-gray-100 pt-3">
            <NumberActiveSwitch toggle={toggle} describedBy={titleId} />
            <span className="flex-1" />
            <EditDeleteButtons
              titleId={titleId}
              onEdit={onEdit}
              onDelete={onDelete}
              className="px-2.5 py-1.5"
            />
          </div>
          {toggle.refusal && <Alert onDismiss={toggle.dismiss}>{toggle.refusal}</Alert>}
          <WebhookDisclosure number={number} />
        </>
      )}
    </ItemCard>
  );
}
