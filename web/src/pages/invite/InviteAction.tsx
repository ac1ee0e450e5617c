import { AcceptInvitationBody, type InvitationPreview, webLinks } from "@helios/contracts";
import { Link } from "react-router";
import { isApiError } from "../../api/api-error";
import { loginPath } from "../../auth/paths";
import { useSession } from "../../auth/use-session";
import { useSignOut } from "../../auth/use-sign-out";
import { Alert } from "../../components/Alert";
import { Button } from "../../components/Button";
import { FormBox, WideSubmit } from "../../components/FormBox";
import { Notice } from "../../components/Notice";
import { newPasswordHint, PasswordField } from "../../components/PasswordFields";
import { TextField } from "../../components/TextField";
import { useForm } from "../../forms/use-form";
import { useAcceptInvitation } from "./use-invitation";

interface InviteActionProps {
  token: string;
  invitation: InvitationPreview;
}

const sameEmail = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The way in that fits who is looking at the link. */
export function InviteAction({ token, invitation }: InviteActionProps) {
  const session = useSession();
  if (session && sameEmail(session.user.email, invitation.email)) {
    return <AcceptSignedIn token={token} invitation={invitation} />;
  }
  if (session) return <SignedInAsSomeoneElse email={session.user.email} invitation={invitation} />;
  if (invitation.accountExists) return <SignInFirst token={token} invitation={invitation} />;
  return <CreateAccount token={token} invitation={invitation} />;
}

function AcceptSignedIn({ token, invitation }: InviteActionProps) {
  const accept = useAcceptInvitation(token, invitation);
  return (
    <div className="space-y-4">
      <p className="text-sm text-gray-700">
        You are signed in as <span className="font-medium">{invitation.email}</span>.
      </p>
      {accept.error && (
        <Alert>
          {accept.error.message}
          {isApiError(accept.error) && accept.error.code === "already_member" && (
            <>
              {" "}
              <Link to="/workspaces" className="font-medium underline">
                Open your workspaces
              </Link>
            </>
          )}
        </Alert>
      )}
      <Button
        className="w-full"
        pending={accept.isPending}
        onClick={() => accept.mutate({ body: {}, signedIn: true })}
      >
        Accept invitation
      </Button>
    </div>
  );
}

function SignedInAsSomeoneElse({
  email,
  invitation,
}: {
  email: string;
  invitation: InvitationPreview;
}) {
  const signOut = useSignOut();
  return (
    <div className="space-y-4">
      <Notice tone="warning" testId="invite-other-account">
        You are signed in as <span className="font-medium">{email}</span>, but this invitation is
        for <span className="font-medium">{invitation.email}</span>. Sign out to accept it as{" "}
        {invitation.email}.
      </Notice>
      <Button className="w-full" onClick={signOut}>
        Sign out and continue
      </Button>
    </div>
  );
}

/** To the sign-in page, the e-mail filled in, and back to this invitation afterwards. */
function SignInToAccept({
  token,
  email,
  className,
}: {
  token: string;
  email: string;
  className: string;
}) {
  return (
    <Link to={loginPath(webLinks.invitation(token))} state={{ email }} className={className}>
      Sign in to accept
    </Link>
  );
}

function SignInFirst({ token, invitation }: InviteActionProps) {
  return (
    <div className="space-y-4">
      <p className="text-sm text-gray-700">
        There is a Helios account for <span className="font-medium">{invitation.email}</span>. Sign
        in to it, then accept the invitation here.
      </p>
      <SignInToAccept
        token={token}
        email={invitation.email}
        className="flex w-full items-center justify-center rounded-md bg-emerald-600 px-3.5 py-2 text-sm font-medium text-white shadow-sm hover:bg-emerald-700"
      />
    </div>
  );
}

function CreateAccount({ token, invitation }: InviteActionProps) {
  const accept = useAcceptInvitation(token, invitation);
  const form = useForm(AcceptInvitationBody, { name: "", password: "" });
  // The e-mail got an account meanwhile (or is verified): signing in is the way.
  const accountExists =
    isApiError(accept.error) && ["sign_in_required", "account_exists"].includes(accept.error.code);
  return (
    <FormBox
      label="Create your account"
      onSubmit={form.handleSubmit((body) =>
        accept.mutate({ body, signedIn: false }, { onError: form.showServerError }),
      )}
      error={
        form.formError && (
          <>
            {form.formError}
            {accountExists && (
              <>
                {" "}
                <SignInToAccept
                  token={token}
                  email={invitation.email}
                  className="font-medium underline"
                />
              </>
            )}
          </>
        )
      }
      actions={<WideSubmit pending={accept.isPending}>Create account and join</WideSubmit>}
    >
      <p className="text-sm text-gray-700">
        Create your account for <span className="font-medium">{invitation.email}</span> to join.
      </p>
      <TextField label="Your name" autoComplete="name" {...form.field("name")} />
      <PasswordField label="Choose a password" hint={newPasswordHint} {...form.field("password")} />
    </FormBox>
  );
}
