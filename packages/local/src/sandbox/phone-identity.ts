import { isUserIdAddress, waIdOf } from "./phone-wire";

/**
 * The sandbox customer's business-scoped user id: `US.7` and their phone's digits, the same with
 * or without the username (the page derives it the same way), as Meta keeps one per customer.
 */
export const sandboxUserId = (address: string) =>
  isUserIdAddress(address) ? waIdOf(address) : `US.7${waIdOf(address)}`;

/** Both addresses of one sandbox customer: their phone's and their user id's. */
export function addressesOf(address: string): string[] {
  const digits = /^whatsapp:US\.7(\d{8,15})$/.exec(address)?.[1];
  if (digits) return [address, `whatsapp:+${digits}`];
  return isUserIdAddress(address) ? [address] : [address, `whatsapp:${sandboxUserId(address)}`];
}
