import { useMemo } from "react";
import { Outlet, useParams } from "react-router";
import { findMembership, useMe } from "../auth/use-me";
import { PageQueryError } from "../components/ErrorState";
import { AppShellSkeleton } from "../components/skeletons";
import { EscalationAlerts } from "../notifications/EscalationAlerts";
import { RealtimeProvider } from "../realtime/RealtimeProvider";
import { AccessEndedPage } from "./AccessEndedPage";
import { AppLayout } from "./AppLayout";
import { useAccessEnded } from "./access-ended";
import { NotMemberPage } from "./NotMemberPage";
import { type CurrentTenant, TenantContext } from "./tenant-context";
import { useRoleChangeNotice } from "./use-role-change-notice";
import { VerifyEmailBanner } from "./VerifyEmailBanner";

/**
 * `/app/:tenant/*`: checks the workspace against `GET /api/me`, then renders the shell with the
 * workspace's live connection.
 */
export function AppShell() {
  const { tenant: slug } = useParams();
  const me = useMe();
  const membership = findMembership(me.data, slug);
  const accessEnded = useAccessEnded(slug);
  useRoleChangeNotice(membership);

  const current = useMemo<CurrentTenant | null>(() => {
    if (!membership || !me.data) return null;
    const canManage = membership.role === "owner" || membership.role === "admin";
    return { tenant: membership, user: me.data.user, canManage };
  }, [membership, me.data]);

  if (me.isPending) return <AppShellSkeleton />;
  if (me.isLoadingError) {
    return <PageQueryError title="Could not load your workspace" query={me} />;
  }
  if (accessEnded) return <AccessEndedPage slug={slug ?? ""} tenants={me.data.tenants} />;
  if (!current) return <NotMemberPage slug={slug ?? ""} tenants={me.data.tenants} />;

  return (
    <TenantContext.Provider value={current}>
      <RealtimeProvider tenant={current.tenant.slug}>
        <EscalationAlerts />
        <AppLayout tenants={me.data.tenants}>
          <VerifyEmailBanner />
          <Outlet />
        </AppLayout>
      </RealtimeProvider>
    </TenantContext.Provider>
  );
}
