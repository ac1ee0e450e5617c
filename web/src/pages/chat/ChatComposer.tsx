import type { Conversation } from "@helios/contracts";
import clsx from "clsx";
import { useState } from "react";
import { ToggleGroup } from "../../components/ToggleGroup";
import { Composer, type ComposerMode } from "./Composer";
import { TemplateComposer } from "./TemplateComposer";
import type { MessageSender } from "./use-send-message";
import { useSendNote } from "./use-send-note";

const modes = [
  { value: "reply", label: "Reply" },
  { value: "note", label: "Note" },
] as const;

interface ChatComposerProps {
  conversation: Conversation;
  windowOpen: boolean;
  sender: MessageSender;
}

/**
 * Under the messages: "Reply" (free text inside the 24-hour window, else an approved template)
 * or "Note" (private, for the team, whatever the window). The draft stays when switching.
 */
export function ChatComposer({ conversation, windowOpen, sender }: ChatComposerProps) {
  const [mode, setMode] = useState<ComposerMode>("reply");
  const [templatesOpen, setTemplatesOpen] = useState(false);
  const note = useSendNote(conversation.id);
  const templates = mode === "reply" && (!windowOpen || templatesOpen);
  return (
    <div
      className={clsx(
        "flex max-h-[60%] flex-col border-t border-gray-200",
        mode === "note" && "bg-amber-50",
      )}
      data-testid="chat-composer"
    >
      <div className="flex items-center gap-2 px-3 pt-2">
        <ToggleGroup
          label="Reply or note"
          options={modes}
          value={mode}
          onChange={setMode}
          testId="composer-mode"
        />
        {!templates && (
          <p className="ml-auto hidden text-xs text-gray-500 @md:block">
            Type <kbd className="font-mono">/</kbd> for saved replies
          </p>
        )}
      </div>
      {templates ? (
        <TemplateComposer
          conversation={conversation}
          {...(windowOpen ? { onClose: () => setTemplatesOpen(false) } : {})}
        />
      ) : (
        <Composer
          mode={mode}
          customer={conversation.customer}
          onSend={sender.send}
          onNote={(text) => note.mutateAsync(text)}
          onTemplates={() => setTemplatesOpen(true)}
        />
      )}
    </div>
  );
}
