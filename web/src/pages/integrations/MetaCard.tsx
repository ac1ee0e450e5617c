import { MessageSquare } from "lucide-react";
import { tenantPath } from "../../app/nav-items";
import { useCurrentTenant } from "../../app/tenant-context";
import { Badge } from "../../components/Badge";
import { TextLink } from "../../components/TextLink";
import { IntegrationCard } from "./IntegrationCard";

/** Meta's Cloud API has no account-level setup: each number brings its own credentials. */
export function MetaCard() {
  const { tenant } = useCurrentTenant();
  return (
    <IntegrationCard
      title="Meta Cloud API"
      icon={MessageSquare}
      testId="meta-card"
      badges={<Badge>Legacy</Badge>}
    >
      <p>
        Nothing to set up here. Meta numbers are connected one by one from the WhatsApp page, each
        with its Phone Number ID, an access token and the app secret from your Meta app.
      </p>
      <p>
        <TextLink to={tenantPath(tenant.slug, "whatsapp")}>
          Connect a Meta number on the WhatsApp page
        </TextLink>
      </p>
    </IntegrationCard>
  );
}
