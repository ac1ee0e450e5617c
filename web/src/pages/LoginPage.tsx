import { LoginBody } from "@helios/contracts";
import { useMutation } from "@tanstack/react-query";
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from "react-router";
import { login } from "../api/auth";
import { safeNext, signupPath, tenantHome } from "../auth/paths";
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
  const expired = (location.state as { expired?: boolean } | null)?.expired === true;
  const startSession = useStartSession();
  const form = useForm(LoginBody, { email: "", password: "" });

  const mutation = useMutation({
    mutationFn: login,
    onSuccess: ({ token, user, tenants }) => {
      startSession(token, user, { user, tenants });
      const first = tenants[0];
      navigate(next ?? (first ? tenantHome(first.slug) : "/workspaces"), { replace: true });
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
        {expired && !form.formError && (
          <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800" role="status">
            Your session has expired. Sign in again to continue.
          </p>
        )}
        <TextField label="Email" type="email" autoComplete="email" {...form.field("email")} />
        <TextField
          label="Password"
          type="password"
          autoComplete="current-password"
          {...form.field("password")}
        />
        {form.formError && <Alert>{form.formError}</Alert>}
        <Button type="submit" className="w-full" pending={mutation.isPending}>
          Sign in
        </Button>
      </form>
    </AuthLayout>
  );
}
