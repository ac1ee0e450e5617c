import type { TenantMembership } from "@helios/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { DoorClosed } from "lucide-react";
import { Link } from "react-router";
import { queryKeys } from "../api/query-keys";
import { tenantHome } from "../auth/paths";
import { useSignOut } from "../auth/use-sign-out";
import { clearAccessEnded } from "./access-ended";

interface AccessEndedPageProps {
  slug: string;
  /** The workspaces the user still belongs to. */
  tenants: readonly TenantMembership[];
}

/** The user was removed from the open workspace: live updates stopped, and the page says why. */
export function AccessEndedPage({ slug, tenants }: AccessEndedPageProps) {
  const signOut = useSignOut();
  const queryClient = useQueryClient();
  const others = tenants.filter((tenant) => tenant.slug !== slug);
  const only = others.length === 1 ? others[0] : undefined;
  return (
    <main
      data-testid="access-ended"
      className="flex min-h-full flex-col items-center justify-center gap-3 px-6 py-20 text-center"
    >
      <DoorClosed className="size-10 text-amber-500" aria-hidden />
      <h1 className="text-2xl font-semibold tracking-tight text-gray-900">
        Your access to this workspace ended
      </h1>
      <p className="max-w-md text-sm text-gray-600">
        An owner or admin of <span className="font-mono text-gray-800">{slug}</span> removed you, so
        its conversations are no longer shown here. If this is a mistake, ask them to invite you
        again.
      </p>
      <div className="mt-2 flex flex-wrap justify-center gap-2">
        {only ? (
          <Link
            to={tenantHome(only.slug)}
            className="rounded-md bg-emerald-600 px-3.5 py-2 text-sm font-medium text-white shadow-sm hover:bg-emerald-700"
          >
            Go to {only.name}
          </Link>
        ) : (
          others.length > 0 && (
            <Link
              to="/workspaces"
              className="rounded-md bg-emerald-600 px-3.5 py-2 text-sm font-medium text-white shadow-sm hover:bg-emerald-700"
            >
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
          className="rounded-md px-3.5 py-2 text-sm font-medium text-emerald-700 ring-1 ring-emerald-600/30 ring-inset hover:bg-emerald-50"
        >
          Check again
        </button>
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
