import { ExternalLink, Phone } from "lucide-react";
import { useCurrentTenant } from "../../app/tenant-context";
import { Badge } from "../../components/Badge";
import { QueryView } from "../../components/QueryView";
import { Skeleton, SkeletonFrame } from "../../components/Skeleton";
import { IntegrationCard } from "./IntegrationCard";
import { TwilioConnected } from "./TwilioConnected";
import { TwilioConnectForm } from "./TwilioConnectForm";
import { findTwilio, useIntegrations } from "./use-integrations";

/** Twilio: connect the account (owners, admins) or see whether it is connected (everyone). */
export function TwilioCard() {
  const { canManage } = useCurrentTenant();
  const integrations = useIntegrations();
  const twilio = findTwilio(integrations.data);

  return (
    <IntegrationCard
      title="Twilio"
      icon={Phone}
      testId="twilio-card"
      badges={
        <>
          <Badge tone="green">Recommended</Badge>
          {integrations.isSuccess && (
            <Badge tone={twilio ? "blue" : "gray"} testId="twilio-status">
              {twilio ? "Connected" : "Not connected"}
            </Badge>
          )}
        </>
      }
    >
      <p>
        Twilio hosts your WhatsApp senders: once connected, Helios lists your numbers so you pick
        one instead of copying IDs, and Twilio signs every webhook with your Auth Token.
      </p>
      <QueryView
        query={integrations}
        loading={
          <SkeletonFrame label="Loading Twilio…" className="space-y-3">
            <Skeleton className="h-4 w-2/3" />
            <Skeleton className="h-9 w-full" />
            <Skeleton className="h-9 w-full" />
          </SkeletonFrame>
        }
        errorTitle="Could not load the integrations"
      >
        {() =>
          twilio ? (
            <TwilioConnected integration={twilio} />
          ) : canManage ? (
            <>
              <p>
                Find the <strong className="font-medium">Account SID</strong> and{" "}
                <strong className="font-medium">Auth Token</strong> in the Twilio Console, on the
                dashboard under Account Info.{" "}
                <a
                  href="https://console.twilio.com/"
                  target="_blank"
                  rel="noreferrer"
                  className="inline-flex items-center gap-1 font-medium text-emerald-700 hover:text-emerald-800"
                >
                  Open the Twilio Console
                  <ExternalLink className="size-3.5" aria-hidden />
                </a>
              </p>
              <TwilioConnectForm />
            </>
          ) : (
            <p className="text-gray-600">
              Twilio is not connected. Owners and admins connect it here.
            </p>
          )
        }
      </QueryView>
    </IntegrationCard>
  );
}
