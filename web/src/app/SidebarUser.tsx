import { LogOut, UserCog } from "lucide-react";
import { Link } from "react-router";
import { accountPath } from "../auth/paths";
import { useSignOut } from "../auth/use-sign-out";
import { useCurrentTenant } from "./tenant-context";

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : [parts[0]];
  return (
    letters
      .map((part) => part?.[0] ?? "")
      .join("")
      .toUpperCase() || "?"
  );
}

/** The signed-in user, their account page and Sign out, at the bottom of the sidebar. */
export function SidebarUser({ onNavigate }: { onNavigate: () => void }) {
  const { user, tenant } = useCurrentTenant();
  const signOut = useSignOut();
  return (
    <div className="border-t border-gray-200 p-3">
      <div className="flex items-center gap-3 px-1 py-1" data-testid="current-user">
        <span
          aria-hidden
          className="flex size-9 shrink-0 items-center justify-center rounded-full bg-emerald-100 text-sm font-semibold text-emerald-800"
        >
          {initials(user.name)}
        </span>
        <div className="min-w-0 flex-1">
          <p className="truncate text-sm font-medium text-gray-900">{user.name}</p>
          <p className="truncate text-xs text-gray-500">{user.email}</p>
        </div>
      </div>
      <Link
        to={accountPath(tenant.slug)}
        onClick={onNavigate}
        className="mt-2 flex w-full items-center gap-2 rounded-md px-3 py-2 text-sm font-medium text-gray-700 hover:bg-gray-100 hover:text-gray-900"
      >
        <UserCog className="size-4 text-gray-400" aria-hidden />
        Your account
      </Link>
      <button
        type="button"
        onClick={signOut}
        className="flex w-full items-center gap-2 rounded-md px-3 py-2 text-sm font-medium text-gray-700 hover:bg-gray-100 hover:text-gray-900"
      >
        <LogOut className="size-4 text-gray-400" aria-hidden />
        Sign out
      </button>
    </div>
  );
}
