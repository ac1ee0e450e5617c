import type { SessionEnd } from "./session";

/** Why the sign-in page is shown, passed in the navigation state: it says so above the form. */
export type LoginNotice = "expired" | "signed-out-everywhere";

export interface LoginState {
  notice?: LoginNotice;
  /** The e-mail to fill in (from an invitation, or the sign-in form for "Forgot password?"). */
  email?: string;
}

export const loginNoticeText: Record<LoginNotice, string> = {
  expired:
    "Your session has ended — it expired, or it was ended from another device or by a password change. Sign in again to continue.",
  "signed-out-everywhere": "You are signed out on every device.",
};

export function noticeFor(end: SessionEnd | null): LoginNotice | undefined {
  if (end === "expired") return "expired";
  if (end === "signed-out-everywhere") return "signed-out-everywhere";
  return undefined;
}

export function readLoginState(state: unknown): LoginState {
  if (typeof state !== "object" || state === null) return {};
  const { notice, email } = state as Record<string, unknown>;
  return {
    notice:
      typeof notice === "string" && notice in loginNoticeText ? (notice as LoginNotice) : undefined,
    email: typeof email === "string" ? email : undefined,
  };
}
