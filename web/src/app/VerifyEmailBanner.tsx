import { MailWarning } from "lucide-react";
import { useMatch } from "react-router";
import { ResendVerification } from "../auth/ResendVerification";
import { useCurrentTenant } from "./tenant-context";

/** Until the e-mail is verified, the account is not safely the person's: say so, offer the e-mail. */
export function VerifyEmailBanner() {
  const { user } = useCurrentTenant();
  // The account page says the same in its E-mail section.
  const onAccountPage = useMatch("/app/:tenant/account") !== null;
  if (user.emailVerified || onAccountPage) return null;
  return (
    <div
      data-testid="verify-email-banner"
      className="mb-6 flex items-start gap-3 rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900"
    >
      <MailWarning className="mt-0.5 size-5 shrink-0 text-amber-600" aria-hidden />
      <p className="min-w-0 flex-1">
        Verify your e-mail: open the link we sent to{" "}
        <span className="font-medium break-all">{user.email}</span>. Until then, someone who proves
        they read that mailbox can take this account over. <ResendVerification email={user.email} />
      </p>
    </div>
  );
}
