import type { WhatsAppNumber } from "@helios/contracts";
import { CopyField } from "../../components/CopyField";

/** Where the provider must send this number's messages, with what to do and Copy buttons. */
export function WebhookFields({ number }: { number: WhatsAppNumber }) {
  const { webhook } = number;
  const meta = number.provider === "meta";
  // Meta also needs the token it echoes when checking the URL; Twilio, where to report statuses.
  const second = meta
    ? webhook.verifyToken && {
        label: "Verify token",
        value: webhook.verifyToken,
        testId: "webhook-verify-token",
      }
    : webhook.statusUrl && {
        label: "Status callback URL",
        value: webhook.statusUrl,
        testId: "webhook-status-url",
      };
  return (
    <div className="space-y-3" data-testid="webhook-fields">
      {meta ? (
        <p className="text-sm text-gray-700">
          In the Meta app's WhatsApp → Configuration, set the Callback URL and Verify token, then
          subscribe to the <span className="font-mono text-xs">messages</span> field.
        </p>
      ) : (
        <p className="text-sm text-gray-700">
          Paste this URL as 'A message comes in' (HTTP POST) for the number in the Twilio Console
          {webhook.statusUrl ? ", and the status URL as its 'Status callback URL'." : "."}
        </p>
      )}
      <CopyField
        label={meta ? "Callback URL" : "Webhook URL"}
        value={webhook.url}
        testId="webhook-url"
      />
      {second && <CopyField {...second} />}
    </div>
  );
}
