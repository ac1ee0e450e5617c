import { BadgeCheck } from "lucide-react";
import { useCurrentTenant } from "../../app/tenant-context";
import { ResendVerification } from "../../auth/ResendVerification";
import { AccountSection } from "./AccountSection";

export function EmailSection() {
  const { user } = useCurrentTenant();
  return (
    <AccountSection title="E-mail" testId="email-section">
      <p className="flex flex-wrap items-center gap-2 text-sm text-gray-800">
        <span className="font-medium">{user.email}</span>
        {user.emailVerified ? (
          <span className="inline-flex items-center gap-1 text-emerald-700">
            <BadgeCheck className="size-4" aria-hidden /> Verified
          </span>
        ) : (
          <span className="text-amber-700">Not verified</span>
        )}
      </p>
      {!user.emailVerified && (
        <div className="mt-3 space-y-2 text-sm text-gray-600">
          <p>
            Open the link we e-mailed you to verify the address. Until then, whoever proves they
            read this mailbox can take the account over.
          </p>
          <ResendVerification />
        </div>
      )}
    </AccountSection>
  );
}
