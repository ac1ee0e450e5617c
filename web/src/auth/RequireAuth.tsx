import { Navigate, Outlet, useLocation } from "react-router";
import { type LoginState, noticeFor } from "./login-notice";
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
  // Coming back to where they were makes sense only when they did not choose to leave.
  const left = reason === "signed-out" || reason === "signed-out-everywhere";
  const next = left ? null : here;
  const state: LoginState = { notice: noticeFor(reason) };
  return <Navigate to={loginPath(next)} replace state={state} />;
}
