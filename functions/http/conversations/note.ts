import { routes } from "@helios/contracts/routes";
import * as Notes from "@helios/core/note/use-cases";
import { tenantHandler } from "../lib/route";

export const handler = tenantHandler(routes["conversations/note"], ({ actor, params, body }) =>
  Notes.leaveNote(actor, params.conversationId, body.text),
);
