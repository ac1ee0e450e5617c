import type { TenantMembership } from "@helios/contracts";
import { useEffect, useRef } from "react";
import { roleLabels } from "../components/RoleBadge";
import { toast } from "../toast/toast-store";

/**
 * Says so when the user's role in the open workspace changes while they are in it (an owner
 * changed it; the server reconnected the live socket and `/api/me` was read again).
 */
export function useRoleChangeNotice(membership: TenantMembership | undefined): void {
  const seen = useRef<{ slug: string; role: string } | null>(null);
  useEffect(() => {
    if (!membership) return;
    const before = seen.current;
    seen.current = { slug: membership.slug, role: membership.role };
    if (before?.slug === membership.slug && before.role !== membership.role) {
      toast.info(`Your role in ${membership.name} is now ${roleLabels[membership.role]}.`);
    }
  }, [membership]);
}
