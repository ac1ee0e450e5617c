import type { CannedResponse } from "@helios/contracts";
import { MessageSquareQuote } from "lucide-react";
import { useState } from "react";
import { useCurrentTenant } from "../../app/tenant-context";
import {
  useCannedResponses,
  useDeleteCannedResponse,
} from "../../canned-responses/use-canned-responses";
import { AddButton } from "../../components/Button";
import { DeleteDialog } from "../../components/DeleteDialog";
import { EmptyState } from "../../components/EmptyState";
import { PageHeader } from "../../components/PageHeader";
import { QueryView } from "../../components/QueryView";
import { MembersTableSkeleton } from "../../components/skeletons";
import { toast } from "../../toast/toast-store";
import { CannedResponseDialog } from "./CannedResponseDialog";
import { SettingsList } from "./SettingsList";
import { SettingsTabs } from "./SettingsTabs";
import { settingsDescription } from "./settings-copy";

type Editing = { reply?: CannedResponse } | null;

const byShortcut = (a: CannedResponse, b: CannedResponse) => a.shortcut.localeCompare(b.shortcut);

/** `/app/:tenant/settings/canned-responses`: saved replies; owners and admins change them. */
export function CannedResponsesPage() {
  const { canManage } = useCurrentTenant();
  const replies = useCannedResponses();
  const remove = useDeleteCannedResponse();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<CannedResponse | null>(null);
  const add = () => setEditing({});

  return (
    <>
      <PageHeader
        title="Inbox settings"
        description={settingsDescription(canManage)}
        actions={canManage && <AddButton onClick={add}>New canned response</AddButton>}
      />
      <SettingsTabs />
      <QueryView
        query={replies}
        loading={<MembersTableSkeleton />}
        errorTitle="Could not load the canned responses"
        isEmpty={(data) => data.items.length === 0}
        empty={
          <EmptyState
            icon={MessageSquareQuote}
            title="No canned responses yet"
            action={canManage && <AddButton onClick={add}>Create your first one</AddButton>}
          >
            Save the answers your team gives again and again; typing / and a shortcut in a chat
            inserts one, with the customer's name filled in.
          </EmptyState>
        }
      >
        {(data) => (
          <SettingsList
            kind="canned-response"
            items={[...data.items].sort(byShortcut)}
            align="start"
            render={(reply, titleId) => (
              <>
                <p id={titleId} className="font-mono text-sm font-semibold text-gray-900">
                  /{reply.shortcut}
                </p>
                <p className="mt-1 line-clamp-3 text-sm whitespace-pre-wrap break-words text-gray-600">
                  {reply.text}
                </p>
              </>
            )}
            onEdit={(reply) => setEditing({ reply })}
            onDelete={setDeleting}
          />
        )}
      </QueryView>
      {editing && <CannedResponseDialog reply={editing.reply} onClose={() => setEditing(null)} />}
      {deleting && (
        <DeleteDialog
          noun="canned response"
          target={{ id: deleting.id, name: `/${deleting.shortcut}` }}
          description="It is no longer offered in the composer. This cannot be undone."
          mutation={remove}
          onDone={() => toast.success(`/${deleting.shortcut} deleted`)}
          onClose={() => setDeleting(null)}
        />
      )}
    </>
  );
}
