import { Navigate } from "react-router";
import { tenantHome } from "../auth/paths";
import { getLastTenant } from "../auth/session";
import { findMembership, useMe } from "../auth/use-me";
import { useSession } from "../auth/use-session";
import { ErrorState } from "../components/ErrorState";
import { FullPageSpinner } from "../components/FullPageSpinner";

/** `/`: the last used workspace when signed in, else the sign-in page. */
export function RootRedirect() {
  const session = useSession();
  if (!session) return <Navigate to="/login" replace />;
  return <SignedInRedirect />;
}

function SignedInRedirect() {
  const me = useMe();
  if (me.isPending) return <FullPageSpinner label="Opening your workspace" />;
  if (me.isLoadingError) {
    return (
      <main className="mx-auto max-w-lg px-4 py-24">
        <ErrorState
          title="Could not load your workspaces"
          error={me.error}
          onRetry={() => me.refetch()}
          retrying={me.isFetching}
        />
      </main>
    );
  }
  const target = findMembership(me.data, getLastTenant() ?? undefined) ?? me.data.tenants[0];
  return <Navigate to={target ? tenantHome(target.slug) : "/workspaces"} replace />;
}
