import { useQueryClient } from "@tanstack/react-query";
import { DoorClosed } from "lucide-react";
import { Link } from "react-router";
import { queryKeys } from "../api/query-keys";
import { tenantHome } from "../auth/paths";
import { clearAccessEnded } from "./access-ended";
import { BlockedPage, type WorkspaceGateProps, wayOutClass } from "./BlockedPage";

/** The user was removed from the open workspace: live updates stopped, and the page says why. */
export function AccessEndedPage({ slug, tenants }: WorkspaceGateProps) {
  const queryClient = useQueryClient();
  const others = tenants.filter((tenant) => tenant.slug !== slug);
  const only = others.length === 1 ? others[0] : undefined;
  return (
    <BlockedPage
      testId="access-ended"
      icon={DoorClosed}
      title="Your access to this workspace ended"
      actions={
        <>
          {only ? (
            <Link to={tenantHome(only.slug)} className={wayOutClass.primary}>
              Go to {only.name}
            </Link>
          ) : (
            others.length > 0 && (
              <Link to="/workspaces" className={wayOutClass.primary}>
                Your workspaces
              </Link>
            )
          )}
          <button
            type="button"
            onClick={() => {
              clearAccessEnded(slug);
              void queryClient.invalidateQueries({ queryKey: queryKeys.me });
            }}
            className={wayOutClass.outline}
          >
            Check again
          </button>
        </>
      }
    >
      An owner or admin of <span className="font-mono text-gray-800">{slug}</span> removed you, so
      its conversations are no longer shown here. If this is a mistake, ask them to invite you
      again.
    </BlockedPage>
  );
}
