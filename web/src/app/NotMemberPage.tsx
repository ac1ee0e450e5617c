import type { TenantMembership } from "@helios/contracts";
import { ShieldAlert } from "lucide-react";
import { Link } from "react-router";
import { tenantHome } from "../auth/paths";
import { useSignOut } from "../auth/use-sign-out";

interface NotMemberPageProps {
  slug: string;
  tenants: readonly TenantMembership[];
}

/** The URL names a workspace the user does not belong to. */
export function NotMemberPage({ slug, tenants }: NotMemberPageProps) {
  const signOut = useSignOut();
  const only = tenants.length === 1 ? tenants[0] : undefined;
  return (
    <main
      data-testid="not-member"
      className="flex min-h-full flex-col items-center justify-center gap-3 px-6 py-20 text-center"
    >
      <ShieldAlert className="size-10 text-amber-500" aria-hidden />
      <h1 className="text-2xl font-semibold tracking-tight text-gray-900">
        You are not a member of this workspace
      </h1>
      <p className="max-w-md text-sm text-gray-600">
        The workspace <span className="font-mono text-gray-800">{slug}</span> does not exist or you
        have not been added to it. Ask one of its owners or admins to invite you.
      </p>
      <div className="mt-2 flex flex-wrap justify-center gap-2">
        <Link
          to="/workspaces"
          className="rounded-md bg-emerald-600 px-3.5 py-2 text-sm font-medium text-white shadow-sm hover:bg-emerald-700"
        >
          Your workspaces
        </Link>
        {only && (
          <Link
            to={tenantHome(only.slug)}
            className="rounded-md px-3.5 py-2 text-sm font-medium text-emerald-700 ring-1 ring-emerald-600/30 ring-inset hover:bg-emerald-50"
          >
            Go to {only.name}
          </Link>
        )}
        <button
          type="button"
          onClick={signOut}
          className="rounded-md px-3.5 py-2 text-sm font-medium text-gray-700 hover:bg-gray-100"
        >
          Sign out
        </button>
      </div>
    </main>
  );
}
