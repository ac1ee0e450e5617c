import type { Label } from "@helios/contracts";
import { Tag } from "lucide-react";
import { useState } from "react";
import { useCurrentTenant } from "../../app/tenant-context";
import { AddButton } from "../../components/Button";
import { DeleteDialog } from "../../components/DeleteDialog";
import { EmptyState } from "../../components/EmptyState";
import { PageHeader } from "../../components/PageHeader";
import { QueryView } from "../../components/QueryView";
import { MembersTableSkeleton } from "../../components/skeletons";
import { LabelChip } from "../../labels/LabelChip";
import { useDeleteLabel, useLabels } from "../../labels/use-labels";
import { toast } from "../../toast/toast-store";
import { LabelDialog } from "./LabelDialog";
import { SettingsList } from "./SettingsList";
import { SettingsTabs } from "./SettingsTabs";
import { settingsDescription } from "./settings-copy";

type Editing = { label?: Label } | null;

const byName = (a: Label, b: Label) => a.name.localeCompare(b.name);

/** `/app/:tenant/settings/labels`: the workspace's labels; owners and admins change them. */
export function LabelsPage() {
  const { canManage } = useCurrentTenant();
  const labels = useLabels();
  const remove = useDeleteLabel();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Label | null>(null);

  return (
    <>
      <PageHeader
        title="Inbox settings"
        description={settingsDescription(canManage)}
        actions={canManage && <AddButton onClick={() => setEditing({})}>New label</AddButton>}
      />
      <SettingsTabs />
      <QueryView
        query={labels}
        loading={<MembersTableSkeleton />}
        errorTitle="Could not load the labels"
        isEmpty={(data) => data.items.length === 0}
        empty={
          <EmptyState
            icon={Tag}
            title="No labels yet"
            action={
              canManage && (
                <AddButton onClick={() => setEditing({})}>Create your first label</AddButton>
              )
            }
          >
            Labels such as VIP, Billing or Bug sort conversations; the inbox filters by them.
          </EmptyState>
        }
      >
        {(data) => (
          <SettingsList
            kind="label"
            items={[...data.items].sort(byName)}
            render={(label, titleId) => (
              <span id={titleId}>
                <LabelChip label={label} className="text-sm" />
              </span>
            )}
            onEdit={(label) => setEditing({ label })}
            onDelete={setDeleting}
          />
        )}
      </QueryView>
      {editing && <LabelDialog label={editing.label} onClose={() => setEditing(null)} />}
      {deleting && (
        <DeleteDialog
          noun="label"
          target={deleting}
          description="Conversations that carry it stop showing it. This cannot be undone."
          mutation={remove}
          onDone={() => toast.success(`Label “${deleting.name}” deleted`)}
          onClose={() => setDeleting(null)}
        />
      )}
    </>
  );
}
