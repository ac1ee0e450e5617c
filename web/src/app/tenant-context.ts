import type { TenantMembership, User } from "@helios/contracts";
import { createContext, useContext } from "react";

export interface CurrentTenant {
  /** The workspace in the URL and the signed-in user's role in it. */
  tenant: TenantMembership;
  user: User;
  /** Owners and admins manage members, integrations, agents and numbers. */
  canManage: boolean;
}

export const TenantContext = createContext<CurrentTenant | null>(null);

/** The current workspace; only inside `/app/:tenant` (the app shell provides it). */
export function useCurrentTenant(): CurrentTenant {
  const value = useContext(TenantContext);
  if (!value) throw new Error("useCurrentTenant is used outside the app shell");
  return value;
}
