import { LoginBody } from "@helios/contracts";
import { useMutation } from "@tanstack/react-query";
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from "react-router";
import { call } from "../api/client";
import { loginNoticeText, readLoginState } from "../auth/login-notice";
import { forgotPasswordPath, homeAfterSignIn, safeNext, signupPath } from "../auth/paths";
import { useSession } from "../auth/use-session";
import { useStartSession } from "../auth/use-sign-in";
import { Alert } from "../components/Alert";
import { Button } from "../components/Button";
import { TextField } from "../components/TextField";
import { useForm } from "../forms/use-form";
import { AuthLayout } from "./AuthLayout";

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
    mutationFn: (body: LoginBody) => call("auth/login", { body }),
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
    <AuthLayout
      title="Sign in to Helios"
      subtitle="Answer your customers on WhatsApp, together with your AI agents."
      footer={
        <>
          New to Helios?{" "}
          <Link
            to={signupPath(next)}
            className="font-medium text-emerald-700 hover:text-emerald-800"
          >
            Create a workspace
          </Link>
        </>
      }
    >
      <form
        noValidate
        onSubmit={form.handleSubmit((body) => mutation.mutate(body))}
        className="space-y-4"
        aria-label="Sign in"
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
          <TextField
            label="Password"
            type="password"
            autoComplete="current-password"
            {...form.field("password")}
          />
          <p className="mt-1.5 text-right text-sm">
            <Link
              to={forgotPasswordPath}
              state={{ email: form.values.email }}
              className="font-medium text-emerald-700 hover:text-emerald-800"
            >
              Forgot password?
            </Link>
          </p>
        </div>
        {form.formError && <Alert>{form.formError}</Alert>}
        <Button type="submit" className="w-full" pending={mutation.isPending}>
          Sign in
        </Button>
      </form>
    </AuthLayout>
  );
}
