import { routes } from "@helios/contracts/routes";
import { validationFailed } from "@helios/core/errors/app-error";
import { mediaOf } from "@helios/core/message/media";
import { tenantHandler } from "../lib/route";

export const handler = tenantHandler(routes["conversations/media"], async ({ actor, params }) => {
  const index = Number(params.index);
  if (!Number.isInteger(index) || index < 0 || index > 9)
    throw validationFailed("The attachment index is a number from 0 to 9");
  const file = await mediaOf(actor, params.conversationId, params.messageId, index);
  return {
    statusCode: 200,
    headers: {
      "content-type": file.contentType,
      // Private to the signed-in browser; an attachment never changes.
      "cache-control": "private, max-age=86400, immutable",
      "x-content-type-options": "nosniff",
      "content-disposition": file.disposition,
    },
    body: file.body.toString("base64"),
    isBase64Encoded: true,
  };
});
