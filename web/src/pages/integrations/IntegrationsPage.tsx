import { PageHeader } from "../../components/PageHeader";
import { MetaCard } from "./MetaCard";
import { TwilioCard } from "./TwilioCard";

/** `/app/:tenant/integrations`: the providers that connect Helios to WhatsApp. */
export function IntegrationsPage() {
  return (
    <>
      <PageHeader
        title="Integrations"
        description="The providers that connect Helios to WhatsApp."
      />
      <div className="grid items-start gap-6 lg:grid-cols-2">
        <TwilioCard />
        <MetaCard />
      </div>
    </>
  );
}
