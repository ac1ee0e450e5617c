import { SignupBody } from "@helios/contracts";
import { useMutation } from "@tanstack/react-query";
import { Navigate, useNavigate, useSearchParams } from "react-router";
import { signup } from "../api/auth";
import { loginPath, safeNext, tenantHome } from "../auth/paths";
import { useSession } from "../auth/use-session";
import { useStartSession } from "../auth/use-sign-in";
import { newPasswordHint, PasswordField } from "../components/PasswordFields";
import { TextField } from "../components/TextField";
import { TextLink } from "../components/TextLink";
import { useForm } from "../forms/use-form";
import { toast } from "../toast/toast-store";
import { AuthForm } from "./AuthLayout";

export function SignupPage() {
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));
  const startSession = useStartSession();
  const form = useForm(SignupBody, { email: "", password: "", name: "", tenantName: "" });

  const mutation = useMutation({
    mutationFn: signup,
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
    <AuthForm
      title="Create your workspace"
      subtitle="Your team's shared WhatsApp inbox. You will be its owner."
      footer={
        <>
          Already have an account? <TextLink to={loginPath(next)}>Sign in</TextLink>
        </>
      }
      onSubmit={form.handleSubmit((body) => mutation.mutate(body))}
      error={form.formError}
      submitLabel="Create workspace"
      pending={mutation.isPending}
    >
      <TextField label="Email" type="email" autoComplete="email" {...form.field("email")} />
      <PasswordField label="Password" hint={newPasswordHint} {...form.field("password")} />
      <TextField label="Your name" autoComplete="name" {...form.field("name")} />
      <TextField
        label="Workspace name"
        autoComplete="organization"
        placeholder="Acme Support"
        {...form.field("tenantName")}
      />
    </AuthForm>
  );
}
