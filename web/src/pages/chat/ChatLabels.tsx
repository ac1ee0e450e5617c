import type { Conversation, Label } from "@helios/contracts";
import { Tag } from "lucide-react";
import { Link } from "react-router";
import { errorMessage } from "../../api/api-error";
import { tenantPath } from "../../app/nav-items";
import { useCurrentTenant } from "../../app/tenant-context";
import { Popover } from "../../components/Popover";
import { customerName } from "../../conversations/format-address";
import { useLabels } from "../../labels/use-labels";
import { toast } from "../../toast/toast-store";
import { LabelChips } from "../inbox/LabelChips";
import { usePatchConversation } from "../inbox/use-patch-conversation";

/**
 * The conversation's labels as chips (only the workspace's: unknown ids are not shown), and
 * "Labels" to tick or untick them, each saved at once.
 */
export function ChatLabels({ conversation }: { conversation: Conversation }) {
  const { tenant } = useCurrentTenant();
  const labels = useLabels();
  const known = labels.data?.items ?? [];
  return (
    <div className="flex flex-wrap items-center gap-1.5" data-testid="chat-labels">
      <LabelChips ids={conversation.labels} labels={known} />
      <Popover
        testId="labels-menu"
        triggerClassName="inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium text-gray-600 ring-1 ring-gray-300 ring-inset hover:bg-gray-50"
        trigger={
          <>
            <Tag className="size-3.5" aria-hidden />
            Labels
          </>
        }
      >
        {() =>
          labels.isPending ? (
            <p className="px-3 py-2 text-sm text-gray-500">Loading labels…</p>
          ) : labels.isError ? (
            <p className="px-3 py-2 text-sm text-red-700" role="alert">
              Could not load the labels: {errorMessage(labels.error)}
            </p>
          ) : known.length === 0 ? (
            <p className="px-3 py-2 text-sm text-gray-600" data-testid="labels-empty">
              This workspace has no labels yet:{" "}
              <Link
                to={tenantPath(tenant.slug, "settings/labels")}
                className="font-medium text-emerald-700 underline"
              >
                create them in Inbox settings
              </Link>{" "}
              (owners and admins).
            </p>
          ) : (
            <LabelChoices conversation={conversation} labels={known} />
          )
        }
      </Popover>
    </div>
  );
}

/** Each label as a checkbox: ticking adds it, unticking removes it, saved at once. */
function LabelChoices({ conversation, labels }: { conversation: Conversation; labels: Label[] }) {
  const patch = usePatchConversation((error) =>
    toast.error(`Could not change the labels: ${errorMessage(error)}`),
  );
  // While a change is saved, the boxes show it (a read landing meanwhile cannot untick them).
  const shown = patch.isPending ? patch.variables.expected.labels : conversation.labels;
  const toggle = (label: Label, on: boolean) => {
    // In the workspace's order; ids of deleted labels drop out as it is saved.
    const next = labels
      .map((item) => item.id)
      .filter((id) => (id === label.id ? on : shown.includes(id)));
    patch.mutate({
      conversation,
      body: { labels: next },
      expected: { ...conversation, labels: next },
      done: `${on ? "Added" : "Removed"} “${label.name}” ${on ? "to" : "from"} ${customerName(conversation.customer)}`,
    });
  };
  return (
    <fieldset className="max-h-64 overflow-y-auto py-1">
      <legend className="sr-only">Labels of this conversation</legend>
      {labels.map((label) => (
        <label
          key={label.id}
          className="flex cursor-pointer items-center gap-2 rounded-md px-3 py-2 text-sm text-gray-800 hover:bg-gray-50"
        >
          <input
            type="checkbox"
            checked={shown.includes(label.id)}
            onChange={(event) => toggle(label, event.target.checked)}
            className="size-4 rounded border-gray-300 accent-emerald-600 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-emerald-600"
          />
          <span
            aria-hidden
            className="size-2.5 shrink-0 rounded-full"
            style={{ backgroundColor: label.color }}
          />
          <span className="truncate">{label.name}</span>
        </label>
      ))}
    </fieldset>
  );
}
