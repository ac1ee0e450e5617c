import { LinkIcon } from "lucide-react";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { AuthLayout } from "./AuthLayout";

/** An e-mailed link that cannot work (cut short, used, expired): what to do instead. */
export function InvalidLink({ title, children }: { title: string; children: ReactNode }) {
  return (
    <AuthLayout title={title}>
      <div className="flex flex-col items-center gap-3 text-center" data-testid="invalid-link">
        <LinkIcon className="size-10 text-amber-500" aria-hidden />
        <p className="text-sm text-gray-700">{children}</p>
        <Link
          to="/"
          className="mt-2 rounded-md bg-emerald-600 px-3.5 py-2 text-sm font-medium text-white shadow-sm hover:bg-emerald-700"
        >
          Go to Helios
        </Link>
      </div>
    </AuthLayout>
  );
}
