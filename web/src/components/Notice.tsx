import clsx from "clsx";
import { Info, TriangleAlert } from "lucide-react";
import type { ReactNode } from "react";

interface NoticeProps {
  children: ReactNode;
  /** `warning` for something the person should fix; `info` for guidance. */
  tone?: "info" | "warning";
  className?: string;
  testId?: string;
}

/** A note that is not an error: guidance, or a warning about a setting. */
export function Notice({ children, tone = "info", className, testId }: NoticeProps) {
  const Icon = tone === "warning" ? TriangleAlert : Info;
  return (
    <div
      data-testid={testId}
      className={clsx(
        "flex items-start gap-2 rounded-md border px-3 py-2 text-sm",
        tone === "warning"
          ? "border-amber-200 bg-amber-50 text-amber-900"
          : "border-sky-200 bg-sky-50 text-sky-900",
        className,
      )}
    >
      <Icon className="mt-0.5 size-4 shrink-0" aria-hidden />
      <div className="min-w-0 flex-1">{children}</div>
    </div>
  );
}
