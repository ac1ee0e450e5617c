import { routes } from "@helios/contracts/routes";
import { exportConversations } from "@helios/core/conversation/export";
import { tenantHandler } from "../lib/route";

export const handler = tenantHandler(routes["conversations/export"], async ({ actor, query }) => {
  const { filename, csv } = await exportConversations(actor, query);
  return {
    statusCode: 200,
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
    body: csv,
  };
});
