/** A customer's or a number's WhatsApp address as a phone number: `whatsapp:+1415…` → `+1415…`. */
export function formatAddress(address: string): string {
  const bare = address.replace(/^whatsapp:/i, "").trim();
  return /^\d{6,}$/.test(bare) ? `+${bare}` : bare;
}

interface CustomerLike {
  name: string;
  address: string;
  username?: string;
  phone?: string;
}

/** The name to show for a customer: their profile name, else their username, else their number. */
export function customerName(customer: CustomerLike): string {
  return customer.name.trim() || customer.username || customerHandle(customer);
}

/**
 * How to reach the customer, under their name: their phone number, or — for a customer who hides
 * it behind a username — the username (never the raw user id, which means nothing to a person).
 */
export function customerHandle(customer: CustomerLike): string {
  if (customer.phone) return customer.phone;
  if (customer.username) return customer.username;
  const address = formatAddress(customer.address);
  return /^[A-Z]{2}\./.test(address) ? "Username customer (number hidden)" : address;
}
