import { useMutation } from "@tanstack/react-query";
import { errorMessage } from "../api/api-error";
import { call } from "../api/client";
import { toast } from "../toast/toast-store";

/** "Send the e-mail again", then what happened (sent, or why not: e.g. too many requests). */
export function ResendVerification({ email }: { email?: string }) {
  const mutation = useMutation({
    mutationFn: () => call("auth/verify-email-resend"),
    onSuccess: () => toast.success(`Verification e-mail sent${email ? ` to ${email}` : ""}.`),
  });
  if (mutation.isSuccess) {
    return <span className="font-medium">Sent — check your inbox.</span>;
  }
  return (
    <span>
      <button
        type="button"
        onClick={() => mutation.mutate()}
        disabled={mutation.isPending}
        className="font-medium underline underline-offset-2 hover:no-underline disabled:opacity-60"
      >
        {mutation.isPending ? "Sending…" : "Send the e-mail again"}
      </button>
      {mutation.isError && (
        <span role="alert" className="ml-2 text-red-700">
          {errorMessage(mutation.error)}
        </span>
      )}
    </span>
  );
}
