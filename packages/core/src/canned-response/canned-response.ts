import { CannedResponse } from "@helios/contracts";
import * as z from "@helios/contracts/zod";

/** The stored saved reply: the API's one plus its tenant. */
export const CannedResponseItem = z.extend(CannedResponse, { tenantId: z.string() });
export type CannedResponseItem = z.infer<typeof CannedResponseItem>;

/** The item that reserves a shortcut in a workspace, naming the reply that holds it. */
export const ShortcutClaim = z.object({ cannedResponseId: z.string() });

export const toCannedResponse = ({ tenantId: _t, ...reply }: CannedResponseItem): CannedResponse =>
  reply;
