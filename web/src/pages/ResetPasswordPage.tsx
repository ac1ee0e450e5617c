import { PasswordResetConfirmBody } from "@helios/contracts";
import { useMutation } from "@tanstack/react-query";
import { Link, useNavigate } from "react-router";
import { isApiError } from "../api/api-error";
import { confirmPasswordReset } from "../api/auth";
import { forgotPasswordPath, homeAfterSignIn } from "../auth/paths";
import { useLinkToken } from "../auth/use-link-token";
import { useStartSession } from "../auth/use-sign-in";
import { confirmIssues, NewPasswordFields } from "../components/PasswordFields";
import { TextLink } from "../components/TextLink";
import { withFieldPaths } from "../forms/issues";
import { type FormSchema, useForm } from "../forms/use-form";
import { toast } from "../toast/toast-store";
import { AuthForm } from "./AuthLayout";
import { InvalidLink } from "./InvalidLink";

type ResetBody = { token: string; password: string };

/** The new password, typed twice so that a typo does not lock the person out again. */
function resetSchema(token: string): FormSchema<ResetBody> {
  return {
    safeParse: (values) => {
      const { password } = values as { password: string };
      const parsed = PasswordResetConfirmBody.safeParse({ token, password });
      return withFieldPaths(parsed, confirmIssues(values));
    },
  };
}

/** `/reset-password/{token}`: the e-mailed link. Sets the new password and signs in. */
export function ResetPasswordPage() {
  const token = useLinkToken();
  if (!token) {
    return (
      <InvalidLink title="This reset link is not complete">
        Open the link from the e-mail again, or ask for a new one.
      </InvalidLink>
    );
  }
  return <ResetPasswordForm token={token} />;
}

function ResetPasswordForm({ token }: { token: string }) {
  const navigate = useNavigate();
  const startSession = useStartSession();
  const form = useForm(resetSchema(token), { password: "", confirm: "" });
  const mutation = useMutation({
    mutationFn: confirmPasswordReset,
    onSuccess: ({ token: sessionToken, user, tenants, lastTenant }) => {
      startSession(sessionToken, user, { user, tenants, lastTenant });
      toast.success("Your password was changed. You are signed in; every other session has ended.");
      navigate(homeAfterSignIn(tenants, lastTenant), { replace: true });
    },
    onError: form.showServerError,
  });
  // A used or expired link cannot be fixed by typing again: offer a new one instead.
  const linkDead = isApiError(mutation.error) && [401, 404, 410].includes(mutation.error.status);

  return (
    <AuthForm
      title="Choose a new password"
      subtitle="Every device signed in to your account will be signed out."
      footer={<TextLink to="/login">Back to sign in</TextLink>}
      formLabel="Choose a new password"
      onSubmit={form.handleSubmit((body) => mutation.mutate(body))}
      error={
        form.formError && (
          <>
            {form.formError}
            {linkDead && (
              <>
                {" "}
                <Link to={forgotPasswordPath} className="font-medium underline">
                  Send me a new link
                </Link>
              </>
            )}
          </>
        )
      }
      submitLabel="Set new password"
      pending={mutation.isPending}
    >
      <NewPasswordFields form={form} />
    </AuthForm>
  );
}
