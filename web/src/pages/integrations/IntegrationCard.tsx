import type { LucideIcon } from "lucide-react";
import { type ReactNode, useId } from "react";

interface IntegrationCardProps {
  title: string;
  icon: LucideIcon;
  /** Badges beside the title (e.g. "Recommended", "Connected"). */
  badges?: ReactNode;
  testId: string;
  children: ReactNode;
}

/** One provider on the Integrations page. */
export function IntegrationCard({
  title,
  icon: Icon,
  badges,
  testId,
  children,
}: IntegrationCardProps) {
  const titleId = useId();
  return (
    <section
      aria-labelledby={titleId}
      data-testid={testId}
      className="flex flex-col rounded-lg border border-gray-200 bg-white shadow-sm"
    >
      <header className="flex flex-wrap items-center gap-3 border-b border-gray-100 px-5 py-4">
        <span className="flex size-9 items-center justify-center rounded-lg bg-emerald-50">
          <Icon className="size-5 text-emerald-600" aria-hidden />
        </span>
        <h2 id={titleId} className="text-base font-semibold text-gray-900">
          {title}
        </h2>
        {badges && <div className="flex flex-wrap items-center gap-1.5">{badges}</div>}
      </header>
      <div className="flex flex-1 flex-col gap-4 px-5 py-4 text-sm text-gray-700">{children}</div>
    </section>
  );
}
