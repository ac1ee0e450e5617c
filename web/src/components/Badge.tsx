import clsx from "clsx";
import type { ReactNode } from "react";

type Tone = "green" | "blue" | "violet" | "gray" | "amber" | "red";

const tones: Record<Tone, string> = {
  green: "bg-emerald-50 text-emerald-800 ring-emerald-600/20",
  blue: "bg-sky-50 text-sky-800 ring-sky-600/20",
  violet: "bg-violet-50 text-violet-800 ring-violet-600/20",
  gray: "bg-gray-100 text-gray-700 ring-gray-500/20",
  amber: "bg-amber-50 text-amber-800 ring-amber-600/20",
  red: "bg-red-50 text-red-800 ring-red-600/20",
};

interface BadgeProps {
  tone?: Tone;
  children: ReactNode;
  testId?: string;
}

/** A small status pill (provider, on/off, active). */
export function Badge({ tone = "gray", children, testId }: BadgeProps) {
  return (
    <span
      data-testid={testId}
      className={clsx(
        "inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset",
        tones[tone],
      )}
    >
      {children}
    </span>
  );
}
