import type { Conversation, ConversationStatus } from "@helios/contracts";
import { Archive, CircleCheck, RotateCcw } from "lucide-react";
import { errorMessage } from "../../api/api-error";
import { Alert } from "../../components/Alert";
import { Button } from "../../components/Button";
import { useUpdateConversation } from "./use-update-conversation";

interface Action {
  to: ConversationStatus;
  label: string;
  /** The button's accessible name, when the visible label alone is ambiguous. */
  name?: string;
  icon: typeof Archive;
}

const close: Action = {
  to: "closed",
  label: "Close",
  name: "Close conversation",
  icon: CircleCheck,
};
const archive: Action = { to: "archived", label: "Archive", icon: Archive };
const reopen: Action = { to: "open", label: "Reopen", icon: RotateCcw };

/** open → Close, Archive; closed → Reopen, Archive; archived → Reopen. */
const actions: Record<ConversationStatus, Action[]> = {
  open: [close, archive],
  closed: [reopen, archive],
  archived: [reopen],
};

/** The status changes this conversation allows now. */
export function StatusActions({ conversation }: { conversation: Conversation }) {
  const mutation = useUpdateConversation(conversation.id);
  const pendingTo = mutation.isPending ? mutation.variables.status : undefined;
  return (
    <>
      {actions[conversation.status].map(({ to, label, name, icon: Icon }) => (
        <Button
          key={to}
          variant="secondary"
          className="px-2.5 py-1.5"
          aria-label={name}
          pending={pendingTo === to}
          disabled={mutation.isPending}
          onClick={() => {
            mutation.reset();
            mutation.mutate({ status: to });
          }}
          icon={<Icon className="size-4" aria-hidden />}
        >
          {label}
        </Button>
      ))}
      {mutation.isError && (
        <Alert className="w-full" onDismiss={mutation.reset}>
          Could not change the status: {errorMessage(mutation.error)}
        </Alert>
      )}
    </>
  );
}
