/** A customer's or a number's WhatsApp address as a phone number: `whatsapp:+1415…` → `+1415…`. */
export function formatAddress(address: string): string {
  const bare = address.replace(/^whatsapp:/i, "").trim();
  return /^\d{6,}$/.test(bare) ? `+${bare}` : bare;
}

/** The name to show for a customer: their profile name, else their number. */
export function customerName(customer: { name: string; address: string }): string {
  return customer.name.trim() || formatAddress(customer.address);
}
