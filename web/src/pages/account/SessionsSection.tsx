import { LogOut } from "lucide-react";
import { useState } from "react";
import { Button } from "../../components/Button";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { AccountSection } from "./AccountSection";
import { useSignOutEverywhere } from "./use-account";

/** Ends every session: a lost phone, a shared computer, a token that may have leaked. */
export function SessionsSection() {
  const [confirming, setConfirming] = useState(false);
  const mutation = useSignOutEverywhere();
  return (
    <AccountSection
      title="Sessions"
      description="Signed in on a computer you no longer use, or lost a phone? Sign out everywhere, this browser included."
    >
      <Button
        variant="secondary"
        onClick={() => setConfirming(true)}
        icon={<LogOut className="size-4" aria-hidden />}
      >
        Sign out everywhere
      </Button>
      {confirming && (
        <ConfirmDialog
          title="Sign out everywhere?"
          description="Every browser and device signed in to your account, this one included, is signed out at once. You can sign in again with your password."
          confirmLabel="Sign out everywhere"
          onConfirm={() => mutation.mutate()}
          onClose={() => setConfirming(false)}
          pending={mutation.isPending}
          error={mutation.error}
          testId="sign-out-everywhere-dialog"
        />
      )}
    </AccountSection>
  );
}
