import { NotFoundContent } from "../pages/NotFoundPage";
import { tenantPath } from "./nav-items";
import { useCurrentTenant } from "./tenant-context";

/** Unknown path inside `/app/:tenant/`: a 404 within the shell. */
export function AppNotFound() {
  const { tenant } = useCurrentTenant();
  return (
    <NotFoundContent homeHref={tenantPath(tenant.slug, "whatsapp")} homeLabel="Go to WhatsApp" />
  );
}
