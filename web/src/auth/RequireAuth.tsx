import { Navigate, Outlet, useLocation } from "react-router";
import { loginPath } from "./paths";
import { sessionEnd } from "./session";
import { useSession } from "./use-session";

/** Layout route: renders its children for a signed-in user, else sends them to sign in. */
export function RequireAuth() {
  const session = useSession();
  const location = useLocation();
  if (session) return <Outlet />;
  const reason = sessionEnd();
  const here = `${location.pathname}${location.search}${location.hash}`;
  const next = reason === "signed-out" ? null : here;
  return <Navigate to={loginPath(next)} replace state={{ expired: reason === "expired" }} />;
}
