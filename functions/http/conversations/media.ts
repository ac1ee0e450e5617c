import { validationFailed } from "@helios/core/errors/app-error";
import { mediaOf } from "@helios/core/message/media";
import { tenantRoute } from "../lib/handler";
import { pathParameter } from "../lib/request";

export const handler = tenantRoute(async ({ event, actor }) => {
  const index = Number(pathParameter(event, "index"));
  if (!Number.isInteger(index) || index < 0 || index > 9)
    throw validationFailed("The attachment index is a number from 0 to 9");
  const file = await mediaOf(
    actor,
    pathParameter(event, "conversationId"),
    pathParameter(event, "messageId"),
    index,
  );
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
