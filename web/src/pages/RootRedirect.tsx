import { Navigate } from "react-router";
import { homeAfterSignIn } from "../auth/paths";
import { useMe } from "../auth/use-me";
import { useSession } from "../auth/use-session";
import { PageQueryError } from "../components/ErrorState";
import { FullPageSpinner } from "../components/FullPageSpinner";

/** `/`: the last used workspace (the server remembers it per user) when signed in, else sign-in. */
export function RootRedirect() {
  const session = useSession();
  if (!session) return <Navigate to="/login" replace />;
  return <SignedInRedirect />;
}

function SignedInRedirect() {
  const me = useMe();
  if (me.isPending) return <FullPageSpinner label="Opening your workspace" />;
  if (me.isLoadingError) {
    return <PageQueryError title="Could not load your workspaces" query={me} />;
  }
  return <Navigate to={homeAfterSignIn(me.data.tenants, me.data.lastTenant)} replace />;
}
