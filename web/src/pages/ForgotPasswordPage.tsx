import { PasswordResetBody } from "@helios/contracts";
import { useMutation } from "@tanstack/react-query";
import { MailCheck } from "lucide-react";
import { useLocation } from "react-router";
import { requestPasswordReset } from "../api/auth";
import { readLoginState } from "../auth/login-notice";
import { TextField } from "../components/TextField";
import { TextLink } from "../components/TextLink";
import { useForm } from "../forms/use-form";
import { AuthForm, AuthLayout } from "./AuthLayout";

const backToSignIn = <TextLink to="/login">Back to sign in</TextLink>;

/**
 * `/forgot-password`: asks for a reset link by e-mail. The answer is the same whether or not the
 * address has an account, so the page cannot be used to find out who has one.
 */
export function ForgotPasswordPage() {
  const location = useLocation();
  const form = useForm(PasswordResetBody, { email: readLoginState(location.state).email ?? "" });
  const mutation = useMutation({
    mutationFn: requestPasswordReset,
    onError: form.showServerError,
  });

  if (mutation.isSuccess) {
    return (
      <AuthLayout title="Check your inbox" footer={backToSignIn}>
        <div className="flex flex-col items-center gap-3 text-center" data-testid="reset-requested">
          <MailCheck className="size-10 text-emerald-600" aria-hidden />
          <p className="text-sm text-gray-700" role="status">
            If an account exists for{" "}
            <span className="font-medium text-gray-900">{mutation.variables.email}</span>, we sent
            it a link to choose a new password. The link works once and expires soon.
          </p>
          <p className="text-xs text-gray-500">
            Nothing arrived after a few minutes? Check the spam folder, or{" "}
            <button
              type="button"
              onClick={() => mutation.reset()}
              className="font-medium text-emerald-700 hover:text-emerald-800"
            >
              try another address
            </button>
            .
          </p>
        </div>
      </AuthLayout>
    );
  }

  return (
    <AuthForm
      title="Forgot your password?"
      subtitle="Enter your account's e-mail and we will send you a link to choose a new one."
      footer={backToSignIn}
      formLabel="Reset password"
      onSubmit={form.handleSubmit((body) => mutation.mutate(body))}
      error={form.formError}
      submitLabel="Send reset link"
      pending={mutation.isPending}
    >
      <TextField label="Email" type="email" autoComplete="email" {...form.field("email")} />
    </AuthForm>
  );
}
