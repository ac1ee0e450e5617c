import { tenantPath } from "../app/nav-items";

/** `/app/:tenant/whatsapp/:conversationId` */
export function chatPath(tenant: string, conversationId: string): string {
  return `${tenantPath(tenant, "whatsapp")}/${encodeURIComponent(conversationId)}`;
}
