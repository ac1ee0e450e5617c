import type { Conversation, Label } from "@helios/contracts";
import { Check, Tag } from "lucide-react";
import { useRef, useState } from "react";
import { errorMessage } from "../../api/api-error";
import { Popover } from "../../components/Popover";
import { LabelChip } from "../../labels/LabelChip";
import { useLabels } from "../../labels/use-labels";
import { useChangeConversation } from "./use-change-conversation";

/** The conversation's labels as chips (only the workspace's: unknown ids are not shown), and "Labels" to change them. */
export function ChatLabels({ conversation }: { conversation: Conversation }) {
  const labels = useLabels();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const known = labels.data?.items ?? [];
  const shown = known.filter((label) => conversation.labels.includes(label.id));
  return (
    <div className="flex flex-wrap items-center gap-1.5" data-testid="chat-labels">
      {shown.map((label) => (
        <LabelChip key={label.id} label={label} />
      ))}
      <div className="relative">
        <button
          ref={button}
          type="button"
          aria-haspopup="dialog"
          aria-expanded={open}
          onClick={() => setOpen((now) => !now)}
          className="inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium text-gray-600 ring-1 ring-gray-300 ring-inset hover:bg-gray-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-600"
        >
          <Tag className="size-3.5" aria-hidden />
          Labels
        </button>
        {open && (
          <Popover
            label="Labels"
            anchor={button}
            onClose={() => setOpen(false)}
            testId="labels-menu"
          >
            {labels.isPending ? (
              <p className="px-3 py-2 text-sm text-gray-500">Loading labels…</p>
            ) : labels.isError ? (
              <p className="px-3 py-2 text-sm text-red-700" role="alert">
                Could not load the labels: {errorMessage(labels.error)}
              </p>
            ) : known.length === 0 ? (
              <p className="px-3 py-2 text-sm text-gray-600" data-testid="labels-empty">
                No labels yet. Owners and admins create them in Settings → Labels.
              </p>
            ) : (
              <LabelChoices conversation={conversation} labels={known} />
            )}
          </Popover>
        )}
      </div>
    </div>
  );
}

/** Each label as a checkbox: ticking adds it, unticking removes it, saved at once. */
function LabelChoices({ conversation, labels }: { conversation: Conversation; labels: Label[] }) {
  const change = useChangeConversation(conversation);
  const toggle = (label: Label, on: boolean) => {
    // Ids of deleted labels drop out as the conversation is saved.
    const known = conversation.labels.filter((id) => labels.some((item) => item.id === id));
    const next = on ? [...known, label.id] : known.filter((id) => id !== label.id);
    change.mutate({
      body: { labels: next },
      shows: { labels: next },
      done: on ? `Label “${label.name}” added` : `Label “${label.name}” removed`,
    });
  };
  return (
    <fieldset className="max-h-64 overflow-y-auto py-1">
      <legend className="sr-only">Labels of this conversation</legend>
      {labels.map((label, index) => {
        const on = conversation.labels.includes(label.id);
        return (
          <label
            key={label.id}
            className="flex cursor-pointer items-center gap-2 px-3 py-2 text-sm text-gray-800 hover:bg-gray-50 has-focus-visible:bg-emerald-50"
          >
            <input
              type="checkbox"
              checked={on}
              // biome-ignore lint/a11y/noAutofocus: the menu opened to choose from it
              autoFocus={index === 0}
              onChange={(event) => toggle(label, event.target.checked)}
              className="peer sr-only"
            />
            <span
              aria-hidden
              className="flex size-4 items-center justify-center rounded border border-gray-300 peer-checked:border-emerald-600 peer-checked:bg-emerald-600 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-1 peer-focus-visible:outline-emerald-600"
            >
              {on && <Check className="size-3 text-white" />}
            </span>
            <LabelChip label={label} testId="label-choice" />
          </label>
        );
      })}
    </fieldset>
  );
}
