import { useState } from "react";
import { Link } from "react-router";
import { tenantPath } from "../../app/nav-items";
import { useCurrentTenant } from "../../app/tenant-context";
import { CheckboxField } from "../../components/CheckboxField";
import { Dialog } from "../../components/Dialog";
import { DialogActions } from "../../components/FormBox";
import { QueryView } from "../../components/QueryView";
import { Skeleton } from "../../components/Skeleton";
import { useLabels } from "../../labels/use-labels";

interface LabelsDialogProps {
  customer: string;
  current: readonly string[];
  onSave: (labels: string[]) => void;
  onClose: () => void;
}

/** "Labels…": tick the workspace's labels the conversation carries, then save them at once. */
export function LabelsDialog({ customer, current, onSave, onClose }: LabelsDialogProps) {
  const labels = useLabels();
  const { tenant, canManage } = useCurrentTenant();
  const [chosen, setChosen] = useState<string[]>([...current]);
  const toggle = (id: string, on: boolean) =>
    setChosen((was) => (on ? [...was, id] : was.filter((other) => other !== id)));

  return (
    <Dialog title={`Labels of ${customer}`} onClose={onClose} testId="labels-dialog">
      <QueryView
        query={labels}
        loading={<Skeleton className="h-24 w-full" />}
        errorTitle="Could not load the labels"
        isEmpty={(data) => data.items.length === 0}
        empty={
          <p className="text-sm text-gray-600">
            This workspace has no labels yet.{" "}
            {canManage ? (
              <Link
                to={tenantPath(tenant.slug, "settings/labels")}
                className="font-medium text-emerald-700 underline"
              >
                Create labels in the inbox settings
              </Link>
            ) : (
              "Owners and admins create them (name and colour)."
            )}
          </p>
        }
      >
        {(data) => (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              // Kept in the workspace's order; ids of deleted labels go.
              onSave(data.items.map((label) => label.id).filter((id) => chosen.includes(id)));
            }}
          >
            <div className="max-h-80 space-y-2 overflow-y-auto">
              {data.items.map((label) => (
                <div key={label.id} className="flex items-center gap-2">
                  <span
                    aria-hidden
                    className="size-3 shrink-0 rounded-full"
                    style={{ backgroundColor: label.color }}
                  />
                  <CheckboxField
                    label={label.name}
                    checked={chosen.includes(label.id)}
                    onChange={(on) => toggle(label.id, on)}
                  />
                </div>
              ))}
            </div>
            <DialogActions onCancel={onClose} pending={false}>
              Save labels
            </DialogActions>
          </form>
        )}
      </QueryView>
    </Dialog>
  );
}
