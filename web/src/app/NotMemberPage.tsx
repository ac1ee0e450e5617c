import { ShieldAlert } from "lucide-react";
import { Link } from "react-router";
import { tenantHome } from "../auth/paths";
import { BlockedPage, type WorkspaceGateProps, wayOutClass } from "./BlockedPage";

/** The URL names a workspace the user does not belong to. */
export function NotMemberPage({ slug, tenants }: WorkspaceGateProps) {
  const only = tenants.length === 1 ? tenants[0] : undefined;
  return (
    <BlockedPage
      testId="not-member"
      icon={ShieldAlert}
      title="You are not a member of this workspace"
      actions={
        <>
          <Link to="/workspaces" className={wayOutClass.primary}>
            Your workspaces
          </Link>
          {only && (
            <Link to={tenantHome(only.slug)} className={wayOutClass.outline}>
              Go to {only.name}
            </Link>
          )}
        </>
      }
    >
      The workspace <span className="font-mono text-gray-800">{slug}</span> does not exist or you
      have not been added to it. Ask one of its owners or admins to invite you.
    </BlockedPage>
  );
}
