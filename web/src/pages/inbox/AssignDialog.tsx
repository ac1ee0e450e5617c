import type { Teammate } from "@helios/contracts";
import { useState } from "react";
import { useCurrentTenant } from "../../app/tenant-context";
import { Avatar } from "../../components/Avatar";
import { Dialog } from "../../components/Dialog";
import { fieldClass } from "../../components/Field";
import { QueryView } from "../../components/QueryView";
import { Skeleton } from "../../components/Skeleton";
import { useTeam } from "../../team/use-team";

interface AssignDialogProps {
  customer: string;
  currentUserId: string | null;
  onAssign: (teammate: Teammate) => void;
  onClose: () => void;
}

/** "Assign to…": the workspace's members (filter by name when there are many); one click assigns. */
export function AssignDialog({ customer, currentUserId, onAssign, onClose }: AssignDialogProps) {
  const team = useTeam();
  const { user } = useCurrentTenant();
  const [search, setSearch] = useState("");
  const words = search.trim().toLowerCase();

  return (
    <Dialog title={`Assign ${customer} to…`} onClose={onClose} testId="assign-dialog">
      <QueryView
        query={team}
        loading={<Skeleton className="h-24 w-full" />}
        errorTitle="Could not load the team"
      >
        {(data) => {
          const shown = data.items.filter((m) => m.name.toLowerCase().includes(words));
          return (
            <div className="space-y-3">
              {data.items.length > 6 && (
                <input
                  type="search"
                  aria-label="Find a member"
                  placeholder="Find a member"
                  value={search}
                  onChange={(event) => setSearch(event.target.value)}
                  className={`${fieldClass} ring-gray-300 focus:ring-emerald-600`}
                />
              )}
              <ul className="max-h-80 space-y-1 overflow-y-auto">
                {shown.map((member) => (
                  <li key={member.userId}>
                    <button
                      type="button"
                      onClick={() => onAssign(member)}
                      disabled={member.userId === currentUserId}
                      className="flex w-full items-center gap-3 rounded-md px-3 py-2 text-left text-sm hover:bg-gray-100 focus-visible:outline-2 focus-visible:outline-emerald-600 disabled:cursor-default disabled:opacity-60"
                    >
                      <Avatar name={member.name} colorKey={member.userId} size="md" />
                      <span className="min-w-0 flex-1 truncate font-medium text-gray-900">
                        {member.name}
                        {member.userId === user.id && " (you)"}
                      </span>
                      <span className="text-xs text-gray-500">
                        {member.userId === currentUserId
                          ? "Assigned"
                          : member.available
                            ? "Available"
                            : "Away"}
                      </span>
                    </button>
                  </li>
                ))}
                {shown.length === 0 && (
                  <li className="px-3 py-2 text-sm text-gray-600">No member is called that.</li>
                )}
              </ul>
            </div>
          );
        }}
      </QueryView>
    </Dialog>
  );
}
