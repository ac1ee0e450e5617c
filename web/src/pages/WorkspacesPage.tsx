import { Building2, ChevronRight } from "lucide-react";
import { Link } from "react-router";
import { tenantHome } from "../auth/paths";
import { useMe } from "../auth/use-me";
import { useSignOut } from "../auth/use-sign-out";
import { Button } from "../components/Button";
import { EmptyState } from "../components/EmptyState";
import { QueryView } from "../components/QueryView";
import { RoleBadge } from "../components/RoleBadge";
import { Skeleton, SkeletonFrame } from "../components/Skeleton";
import { AuthLayout } from "./AuthLayout";

/** `/workspaces`: every workspace of the signed-in user. */
export function WorkspacesPage() {
  const me = useMe();
  const signOut = useSignOut();

  return (
    <AuthLayout
      title="Your workspaces"
      subtitle={me.data ? `Signed in as ${me.data.user.email}` : undefined}
      footer={
        <Button variant="ghost" onClick={signOut}>
          Sign out
        </Button>
      }
    >
      <QueryView
        query={me}
        loading={
          <SkeletonFrame className="space-y-2">
            <Skeleton className="h-12" />
            <Skeleton className="h-12" />
          </SkeletonFrame>
        }
        errorTitle="Could not load your workspaces"
        isEmpty={(data) => data.tenants.length === 0}
        empty={
          <EmptyState icon={Building2} title="No workspaces yet">
            You are not a member of any workspace. Ask a workspace owner or admin to invite you.
          </EmptyState>
        }
      >
        {(data) => (
          <ul
            className="divide-y divide-gray-100 rounded-lg border border-gray-200"
            data-testid="workspace-list"
          >
            {data.tenants.map((tenant) => (
              <li key={tenant.slug}>
                <Link
                  to={tenantHome(tenant.slug)}
                  className="flex items-center gap-3 px-4 py-3 hover:bg-gray-50"
                >
                  <Building2 className="size-5 text-gray-400" aria-hidden />
                  <span className="min-w-0 flex-1 truncate font-medium text-gray-900">
                    {tenant.name}
                  </span>
                  <RoleBadge role={tenant.role} />
                  <ChevronRight className="size-4 text-gray-400" aria-hidden />
                </Link>
              </li>
            ))}
          </ul>
        )}
      </QueryView>
    </AuthLayout>
  );
}
