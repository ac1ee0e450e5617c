import type { Conversation } from "@helios/contracts";
import { MoreVertical } from "lucide-react";
import { useState } from "react";
import { useCurrentTenant } from "../../app/tenant-context";
import { MenuItem, Popover } from "../../components/Popover";
import { AssignDialog } from "./AssignDialog";
import { LabelsDialog } from "./LabelsDialog";
import type { ConversationPatch } from "./use-patch-conversation";

interface RowMenuProps {
  conversation: Conversation;
  customer: string;
  onPatch: (patch: ConversationPatch) => void;
}

/** A row's actions: assign (to me, to someone, nobody) and labels, without opening the chat. */
export function RowMenu({ conversation, customer, onPatch }: RowMenuProps) {
  const { user } = useCurrentTenant();
  const [dialog, setDialog] = useState<"assign" | "labels" | null>(null);
  const assignee = conversation.assignee;
  const assign = (to: { userId: string; name: string } | null) => {
    setDialog(null);
    onPatch({
      conversation,
      body: { assigneeUserId: to?.userId ?? null },
      expected: { ...conversation, assignee: to && { userId: to.userId, name: to.name } },
      done: !to
        ? `${customer} is unassigned`
        : to.userId === user.id
          ? `${customer} is assigned to you`
          : `${customer} is assigned to ${to.name}`,
    });
  };

  return (
    <>
      <Popover
        role="menu"
        align="end"
        label={`Actions for ${customer}`}
        testId="row-menu"
        trigger={<MoreVertical className="size-4" aria-hidden />}
        triggerClassName="rounded-md p-1.5 text-gray-500 hover:bg-gray-100 hover:text-gray-800"
      >
        {(close) => (
          <>
            {assignee?.userId !== user.id && (
              <MenuItem
                onSelect={() => {
                  close();
                  assign({ userId: user.id, name: user.name });
                }}
              >
                Assign to me
              </MenuItem>
            )}
            <MenuItem
              onSelect={() => {
                close();
                setDialog("assign");
              }}
            >
              Assign to…
            </MenuItem>
            {assignee && (
              <MenuItem
                onSelect={() => {
                  close();
                  assign(null);
                }}
              >
                Unassign
              </MenuItem>
            )}
            <MenuItem
              onSelect={() => {
                close();
                setDialog("labels");
              }}
            >
              Labels…
            </MenuItem>
          </>
        )}
      </Popover>
      {dialog === "assign" && (
        <AssignDialog
          customer={customer}
          currentUserId={assignee?.userId ?? null}
          onAssign={assign}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === "labels" && (
        <LabelsDialog
          customer={customer}
          current={conversation.labels}
          onSave={(labels) => {
            setDialog(null);
            onPatch({
              conversation,
              body: { labels },
              expected: { ...conversation, labels },
              done: `Labels of ${customer} saved`,
            });
          }}
          onClose={() => setDialog(null)}
        />
      )}
    </>
  );
}
