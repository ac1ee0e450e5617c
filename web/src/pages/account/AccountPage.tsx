import { useCurrentTenant } from "../../app/tenant-context";
import { PageHeader } from "../../components/PageHeader";
import { EmailSection } from "./EmailSection";
import { PasswordForm } from "./PasswordForm";
import { ProfileForm } from "./ProfileForm";
import { SessionsSection } from "./SessionsSection";

/** `/app/:tenant/account`: the signed-in person's own account (the same in every workspace). */
export function AccountPage() {
  const { user } = useCurrentTenant();
  return (
    <>
      <PageHeader title="Your account" description={`Signed in as ${user.email}.`} />
      <div className="grid max-w-2xl gap-6">
        <ProfileForm />
        <EmailSection />
        <PasswordForm />
        <SessionsSection />
      </div>
    </>
  );
}
