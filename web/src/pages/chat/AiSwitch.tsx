import type { Conversation } from "@helios/contracts";
import clsx from "clsx";
import { Bot } from "lucide-react";
import { useId, useState } from "react";
import { useAiStatus } from "../../ai/use-ai-status";
import { errorMessage } from "../../api/api-error";
import { Alert } from "../../components/Alert";
import { Spinner } from "../../components/Spinner";
import { SwitchTrack } from "../../components/Switch";
import { useUpdateConversation } from "./use-update-conversation";

/**
 * "AI Active" (on) or "AI Disabled" (off): whether the agent answers this conversation. Its
 * accessible name stays "AI Active"; on/off is its checked state.
 */
export function AiSwitch({ conversation }: { conversation: Conversation }) {
  const mutation = useUpdateConversation(conversation.id);
  const ai = useAiStatus();
  const [turnedOff, setTurnedOff] = useState(false);
  const id = useId();
  const checked = mutation.isPending
    ? (mutation.variables.aiActive ?? conversation.aiActive)
    : conversation.aiActive;

  const toggle = (aiActive: boolean) => {
    mutation.reset();
    setTurnedOff(false);
    mutation.mutate({ aiActive }, { onSuccess: () => setTurnedOff(!aiActive) });
  };

  return (
    <div className="flex flex-col gap-1">
      <div className="inline-flex items-center gap-2">
        <SwitchTrack
          id={id}
          label="AI Active"
          tone="violet"
          checked={checked}
          disabled={mutation.isPending}
          onChange={toggle}
        />
        <label
          htmlFor={id}
          aria-hidden
          className={clsx(
            "inline-flex cursor-pointer items-center gap-1 text-sm font-medium",
            checked ? "text-violet-800" : "text-gray-600",
          )}
        >
          <Bot className="size-4" />
          {checked ? "AI Active" : "AI Disabled"}
        </label>
        {mutation.isPending && <Spinner className="size-4 text-gray-400" label="Saving" />}
      </div>
      <p role="status" className="text-xs text-gray-600" data-testid="ai-status">
        {turnedOff && !conversation.aiActive ? "The conversation is only for humans now" : ""}
      </p>
      {checked && ai?.configured === false && (
        <p className="text-xs text-amber-800" data-testid="ai-provider-missing">
          AI replies need an AI provider: none is configured
        </p>
      )}
      {mutation.isError && (
        <Alert onDismiss={mutation.reset}>
          Could not change the AI: {errorMessage(mutation.error)}
        </Alert>
      )}
    </div>
  );
}
