import { PasswordResetConfirmBody } from "@helios/contracts";
import { useMutation } from "@tanstack/react-query";
import { Link, useNavigate } from "react-router";
import { isApiError } from "../api/api-error";
import { call } from "../api/client";
import { forgotPasswordPath, homeAfterSignIn } from "../auth/paths";
import { useLinkToken } from "../auth/use-link-token";
import { useStartSession } from "../auth/use-sign-in";
import { Alert } from "../components/Alert";
import { Button } from "../components/Button";
import { TextField } from "../components/TextField";
import { withFieldPaths } from "../forms/issues";
import type { FormSchema } from "../forms/use-form";
import { useForm } from "../forms/use-form";
import { toast } from "../toast/toast-store";
import { AuthLayout } from "./AuthLayout";
import { InvalidLink } from "./InvalidLink";

type ResetBody = { token: string; password: string };

/** The new password, typed twice so that a typo does not lock the person out again. */
function resetSchema(token: string): FormSchema<ResetBody> {
  return {
    safeParse: (values) => {
      const { password, confirm } = values as { password: string; confirm: string };
      const extra =
        password && confirm !== password
          ? [{ path: ["confirm"], message: "The two passwords do not match" }]
          : [];
      return withFieldPaths(PasswordResetConfirmBody.safeParse({ token, password }), extra);
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
    mutationFn: (body: PasswordResetConfirmBody) => call("auth/password-reset-confirm", { body }),
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
    <AuthLayout
      title="Choose a new password"
      subtitle="Every device signed in to your account will be signed out."
      footer={
        <Link to="/login" className="font-medium text-emerald-700 hover:text-emerald-800">
          Back to sign in
        </Link>
      }
    >
      <form
        noValidate
        aria-label="Choose a new password"
        onSubmit={form.handleSubmit((body) => mutation.mutate(body))}
        className="space-y-4"
      >
        <TextField
          label="New password"
          type="password"
          autoComplete="new-password"
          hint="At least 8 characters."
          {...form.field("password")}
        />
        <TextField
          label="Repeat the new password"
          type="password"
          autoComplete="new-password"
          {...form.field("confirm")}
        />
        {form.formError && (
          <Alert>
            {form.formError}
            {linkDead && (
              <>
                {" "}
                <Link to={forgotPasswordPath} className="font-medium underline">
                  Send me a new link
                </Link>
              </>
            )}
          </Alert>
        )}
        <Button type="submit" className="w-full" pending={mutation.isPending}>
          Set new password
        </Button>
      </form>
    </AuthLayout>
  );
}
