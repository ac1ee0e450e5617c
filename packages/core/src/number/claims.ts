import type { TransactItem } from "../db/transact";
import { conflict } from "../errors/app-error";
import { claimAddress, type NumberItem } from "./number";
import { type ClaimHolder, claimNumber, disconnectNumber, getClaim } from "./repository";

type Labelled = [label: string, item: TransactItem];

export const numberTaken = (number: NumberItem) =>
  conflict(
    "number_taken",
    `${claimAddress(number)} is already connected to Helios (here or in another workspace): disconnect it there first`,
    { [number.provider === "twilio" ? "address" : "phoneNumberId"]: "Already connected" },
  );

/**
 * The transaction items that give `number` its provider address. A free address is claimed; an
 * unverified holder gives way to a verified claim (its number is marked disconnected); anything else
 * is taken. The items' conditions settle a race with another connect.
 */
export async function claimEntries(
  number: NumberItem,
  at: string,
): Promise<{ entries: Labelled[]; displaced?: ClaimHolder }> {
  const holder = await getClaim(number.provider, claimAddress(number));
  if (!holder) return { entries: [["claim", claimNumber(number)]] };
  if (holder.numberId === number.id) {
    // The number's own claim, verified now (a Meta number checked again with Graph): mark it so.
    return number.verified && !holder.verified
      ? { entries: [["claim", claimNumber(number, holder)]] }
      : { entries: [] };
  }
  if (!number.verified || holder.verified) throw numberTaken(number);
  return {
    entries: [
      ["claim", claimNumber(number, holder)],
      ["displaced", disconnectNumber(holder.numberId, at)],
    ],
    displaced: holder,
  };
}
