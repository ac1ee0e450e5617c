import { LoginBody } from "@helios/contracts";
import { useMutation } from "@tanstack/react-query";
import { Navigate, useLocation, useNavigate, useSearchParams } from "react-router";
import { login } from "../api/auth";
import { loginNoticeText, readLoginState } from "../auth/login-notice";
import { forgotPasswordPath, homeAfterSignIn, safeNext, signupPath } from "../auth/paths";
import { useSession } from "../auth/use-session";
import { useStartSession } from "../auth/use-sign-in";
import { PasswordField } from "../components/PasswordFields";
import { TextField } from "../components/TextField";
import { TextLink } from "../components/TextLink";
import { useForm } from "../forms/use-form";
import { AuthForm } from "./AuthLayout";

export function LoginPage() {
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));
  const { notice, email } = readLoginState(location.state);
  const startSession = useStartSession();
  const form = useForm(LoginBody, { email: email ?? "", password: "" });

  const mutation = useMutation({
    mutationFn: login,
    onSuccess: ({ token, user, tenants, lastTenant }) => {
      startSession(token, user, { user, tenants, lastTenant });
      navigate(next ?? homeAfterSignIn(tenants, lastTenant), { replace: true });
    },
    onError: form.showServerError,
  });

  // Already signed in (e.g. the back button): go on.
  if (session && !mutation.isPending && !mutation.isSuccess) {
    return <Navigate to={next ?? "/"} replace />;
  }

  return (
    <AuthForm
      title="Sign in to Helios"
      subtitle="Answer your customers on WhatsApp, together with your AI agents."
      footer={
        <>
          New to Helios? <TextLink to={signupPath(next)}>Create a workspace</TextLink>
        </>
      }
      onSubmit={form.handleSubmit((body) => mutation.mutate(body))}
      error={form.formError}
      submitLabel="Sign in"
      pending={mutation.isPending}
    >
      {notice && !form.formError && (
        <p
          className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800"
          role="status"
          data-testid="login-notice"
        >
          {loginNoticeText[notice]}
        </p>
      )}
      <TextField label="Email" type="email" autoComplete="email" {...form.field("email")} />
      <div>
        <PasswordField label="Password" current {...form.field("password")} />
        <p className="mt-1.5 text-right text-sm">
          <TextLink to={forgotPasswordPath} state={{ email: form.values.email }}>
            Forgot password?
          </TextLink>
        </p>
      </div>
    </AuthForm>
  );
}
