import { keys } from "../db/keys";
import { listItems } from "../db/query";
import { deleteTx, EXISTS, getItem, putNewTx, readItem } from "../db/table";
import type { TransactItem } from "../db/transact";
import { hashLinkToken } from "../tokens/link-token";
import { InvitationItem } from "./invitation";

export const listInvitations = (tenantId: string): Promise<InvitationItem[]> =>
  listItems(InvitationItem, keys.invitationsOf(tenantId));

export const getInvitation = (
  tenantId: string,
  invitationId: string,
): Promise<InvitationItem | undefined> =>
  readItem(InvitationItem, keys.invitation(tenantId, invitationId));

export async function findInvitationByToken(token: string): Promise<InvitationItem | undefined> {
  const item = await getItem(keys.invitationToken(hashLinkToken(token)), { ConsistentRead: true });
  return item ? InvitationItem.safeParse(item).data : undefined;
}

export function invitationPuts(item: InvitationItem): TransactItem[] {
  return [
    { ...keys.invitation(item.tenantId, item.id), type: "invitation" },
    { ...keys.invitationToken(item.tokenHash), type: "invitationToken" },
  ].map((key) => putNewTx({ ...key, ...item }));
}

/** Both copies go together; each delete fails if a parallel accept or revoke took it first. */
export function invitationDeletes(item: InvitationItem): TransactItem[] {
  return [keys.invitationToken(item.tokenHash), keys.invitation(item.tenantId, item.id)].map(
    (Key) => deleteTx({ Key, ...EXISTS }),
  );
}
