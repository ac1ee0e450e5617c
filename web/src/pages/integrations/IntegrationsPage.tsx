import { Plug } from "lucide-react";
import { ComingSoon } from "../../components/ComingSoon";

/** `/app/:tenant/integrations` — placeholder until provider integrations are built. */
export function IntegrationsPage() {
  return (
    <ComingSoon
      title="Integrations"
      description="The providers that connect Helios to WhatsApp."
      icon={Plug}
      emptyTitle="Nothing connected yet"
    >
      Here you will connect your Twilio account (recommended) or Meta's WhatsApp Cloud API, and pick
      the WhatsApp Business numbers your team and AI agents answer on.
    </ComingSoon>
  );
}
