import type { TenantMembership } from "@helios/contracts";
import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";
import { useSignOut } from "../auth/use-sign-out";

/** The looks of the ways out of a blocked page: the main one, another one. */
export const wayOutClass = {
  primary:
    "rounded-md bg-emerald-600 px-3.5 py-2 text-sm font-medium text-white shadow-sm hover:bg-emerald-700",
  outline:
    "rounded-md px-3.5 py-2 text-sm font-medium text-emerald-700 ring-1 ring-emerald-600/30 ring-inset hover:bg-emerald-50",
};

/** What a blocked page knows: the workspace in the URL, and the ones the user belongs to. */
export interface WorkspaceGateProps {
  slug: string;
  tenants: readonly TenantMembership[];
}

interface BlockedPageProps {
  testId: string;
  icon: LucideIcon;
  title: string;
  /** Why the workspace cannot be shown, and what the person can do about it. */
  children: ReactNode;
  /** The ways out, before Sign out. */
  actions: ReactNode;
}

/** A workspace the signed-in person may not see: why, and the ways out (Sign out last). */
export function BlockedPage({ testId, icon: Icon, title, children, actions }: BlockedPageProps) {
  const signOut = useSignOut();
  return (
    <main
      data-testid={testId}
      className="flex min-h-full flex-col items-center justify-center gap-3 px-6 py-20 text-center"
    >
      <Icon className="size-10 text-amber-500" aria-hidden />
      <h1 className="text-2xl font-semibold tracking-tight text-gray-900">{title}</h1>
      <p className="max-w-md text-sm text-gray-600">{children}</p>
      <div className="mt-2 flex flex-wrap justify-center gap-2">
        {actions}
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
