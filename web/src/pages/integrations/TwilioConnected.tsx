import type { Integration } from "@helios/contracts";
import { Unplug } from "lucide-react";
import { useState } from "react";
import { useCurrentTenant } from "../../app/tenant-context";
import { Button } from "../../components/Button";
import { RelativeTime } from "../../components/RelativeTime";
import { DisconnectTwilioDialog } from "./DisconnectTwilioDialog";

/** The connected account: its name, SID and since when; owners and admins may disconnect it. */
export function TwilioConnected({ integration }: { integration: Integration }) {
  const { canManage } = useCurrentTenant();
  const [disconnecting, setDisconnecting] = useState(false);

  return (
    <div data-testid="twilio-connected" className="space-y-4">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5">
        <dt className="text-gray-500">Account</dt>
        <dd className="font-medium text-gray-900">
          {integration.friendlyName ?? "Twilio account"}
        </dd>
        <dt className="text-gray-500">Account SID</dt>
        <dd className="font-mono text-xs leading-5 break-all text-gray-900">
          {integration.accountSid}
        </dd>
      </dl>
      <p className="text-gray-600">
        Connected <RelativeTime date={integration.connectedAt} />
      </p>
      {canManage && (
        <div>
          <Button
            variant="secondary"
            onClick={() => setDisconnecting(true)}
            icon={<Unplug className="size-4" aria-hidden />}
          >
            Disconnect
          </Button>
        </div>
      )}
      {disconnecting && <DisconnectTwilioDialog onClose={() => setDisconnecting(false)} />}
    </div>
  );
}
