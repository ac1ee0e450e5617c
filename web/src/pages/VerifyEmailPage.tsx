import { useQuery, useQueryClient } from "@tanstack/react-query";
import { BadgeCheck } from "lucide-react";
import { useEffect } from "react";
import { Link } from "react-router";
import { errorMessage } from "../api/api-error";
import { call } from "../api/client";
import { queryKeys } from "../api/query-keys";
import { getSession, setSession } from "../auth/session";
import { useLinkToken } from "../auth/use-link-token";
import { useSession } from "../auth/use-session";
import { FullPageSpinner } from "../components/FullPageSpinner";
import { AuthLayout } from "./AuthLayout";
import { InvalidLink } from "./InvalidLink";

/** `/verify-email/{token}`: the link of the verification e-mail proves the mailbox. */
export function VerifyEmailPage() {
  const token = useLinkToken();
  if (!token) {
    return (
      <InvalidLink title="This verification link is not complete">
        Open the link from the e-mail again. Signed in, you can ask for a new e-mail from the banner
        at the top of the app.
      </InvalidLink>
    );
  }
  return <Verify token={token} />;
}

function Verify({ token }: { token: string }) {
  const session = useSession();
  const queryClient = useQueryClient();
  // A query, not a mutation: the one request survives StrictMode's double mount (the link is single-use).
  const result = useQuery({
    queryKey: ["verify-email", token],
    queryFn: () => call("auth/verify-email", { body: { token } }),
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });

  const verified = result.data?.user;
  useEffect(() => {
    const current = getSession();
    if (!verified || current?.user.id !== verified.id) return;
    // The signed-in user is the one verified: the banner goes away without a reload.
    setSession({ token: current.token, user: verified });
    void queryClient.invalidateQueries({ queryKey: queryKeys.me });
  }, [verified, queryClient]);

  if (result.isPending) return <FullPageSpinner label="Verifying your e-mail" />;
  if (result.isError) {
    return (
      <InvalidLink title="This link no longer works">
        {errorMessage(result.error)} Signed in, you can ask for a new verification e-mail from the
        banner at the top of the app.
      </InvalidLink>
    );
  }
  return (
    <AuthLayout title="E-mail verified">
      <div className="flex flex-col items-center gap-3 text-center" data-testid="email-verified">
        <BadgeCheck className="size-10 text-emerald-600" aria-hidden />
        <p className="text-sm text-gray-700" role="status">
          <span className="font-medium text-gray-900">{result.data.user.email}</span> is verified.
          Invitations and password resets for it now reach only you.
        </p>
        <Link
          to={session ? "/" : "/login"}
          state={session ? undefined : { email: result.data.user.email }}
          className="mt-2 rounded-md bg-emerald-600 px-3.5 py-2 text-sm font-medium text-white shadow-sm hover:bg-emerald-700"
        >
          {session ? "Continue to Helios" : "Sign in"}
        </Link>
      </div>
    </AuthLayout>
  );
}
