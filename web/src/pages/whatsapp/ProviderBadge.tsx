import { Badge } from "../../components/Badge";
import type { Provider } from "./number-form";

export function ProviderBadge({ provider }: { provider: Provider }) {
  return provider === "twilio" ? (
    <Badge tone="blue" testId="provider-badge">
      Twilio
    </Badge>
  ) : (
    <Badge tone="violet" testId="provider-badge">
      Meta
    </Badge>
  );
}
