import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";

interface EmptyStateProps {
  icon: LucideIcon;
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}

export function EmptyState({ icon: Icon, title, children, action }: EmptyStateProps) {
  return (
    <div
      data-testid="empty-state"
      className="flex flex-col items-center gap-3 rounded-lg border border-dashed border-gray-300 bg-white px-6 py-14 text-center"
    >
      <span className="flex size-12 items-center justify-center rounded-full bg-emerald-50">
        <Icon className="size-6 text-emerald-600" aria-hidden />
      </span>
      <h2 className="text-base font-semibold text-gray-900">{title}</h2>
      {children && <div className="max-w-md text-sm text-gray-600">{children}</div>}
      {action}
    </div>
  );
}
