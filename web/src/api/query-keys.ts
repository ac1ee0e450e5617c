/** Every TanStack Query key in one place, so invalidations match what the pages read. */
export const queryKeys = {
  me: ["me"] as const,
  tenant: (tenant: string) => ["t", tenant] as const,
  members: (tenant: string) => ["t", tenant, "members"] as const,
};
