/** Every TanStack Query key in one place, so invalidations match what the pages read. */
export const queryKeys = {
  me: ["me"] as const,
  tenant: (tenant: string) => ["t", tenant] as const,
  members: (tenant: string) => ["t", tenant, "members"] as const,
  /** Also the prefix of `twilioNumbers`: invalidating it refreshes both. */
  integrations: (tenant: string) => ["t", tenant, "integrations"] as const,
  twilioNumbers: (tenant: string) => ["t", tenant, "integrations", "twilio", "numbers"] as const,
  agents: (tenant: string) => ["t", tenant, "agents"] as const,
  numbers: (tenant: string) => ["t", tenant, "whatsapp", "numbers"] as const,
};
