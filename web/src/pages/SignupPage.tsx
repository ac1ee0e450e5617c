import { SignupBody } from "@helios/contracts";
import { useMutation } from "@tanstack/react-query";
import { Link, Navigate, useNavigate, useSearchParams } from "react-router";
import { call } from "../api/client";
import { loginPath, safeNext, tenantHome } from "../auth/paths";
import { useSession } from "../auth/use-session";
import { useStartSession } from "../auth/use-sign-in";
import { Alert } from "../components/Alert";
import { Button } from "../components/Button";
import { TextField } from "../components/TextField";
import { useForm } from "../forms/use-form";
import { toast } from "../toast/toast-store";
import { AuthLayout } from "./AuthLayout";

export function SignupPage() {
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));
  const startSession = useStartSession();
  const form = useForm(SignupBody, { email: "", password: "", name: "", tenantName: "" });

  const mutation = useMutation({
    mutationFn: (body: SignupBody) => call("auth/signup", { body }),
    onSuccess: ({ token, user, tenant }) => {
      startSession(token, user);
      toast.success(`Welcome to Helios! We sent a link to ${user.email} to verify it.`);
      navigate(tenantHome(tenant.slug), { replace: true });
    },
    onError: form.showServerError,
  });

  if (session && !mutation.isPending && !mutation.isSuccess) {
    return <Navigate to={next ?? "/"} replace />;
  }

  return (
    <AuthLayout
      title="Create your workspace"
      subtitle="Your team's shared WhatsApp inbox. You will be its owner."
      footer={
        <>
          Already have an account?{" "}
          <Link
            to={loginPath(next)}
            className="font-medium text-emerald-700 hover:text-emerald-800"
          >
            Sign in
          </Link>
        </>
      }
    >
      <form
        noValidate
        onSubmit={form.handleSubmit((body) => mutation.mutate(body))}
        className="space-y-4"
        aria-label="Create workspace"
      >
        <TextField label="Email" type="email" autoComplete="email" {...form.field("email")} />
        <TextField
          label="Password"
          type="password"
          autoComplete="new-password"
          hint="At least 8 characters."
          {...form.field("password")}
        />
        <TextField label="Your name" autoComplete="name" {...form.field("name")} />
        <TextField
          label="Workspace name"
          autoComplete="organization"
          placeholder="Acme Support"
          {...form.field("tenantName")}
        />
        {form.formError && <Alert>{form.formError}</Alert>}
        <Button type="submit" className="w-full" pending={mutation.isPending}>
          Create workspace
        </Button>
      </form>
    </AuthLayout>
  );
}
