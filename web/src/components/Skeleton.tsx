import clsx from "clsx";
import type { ReactNode } from "react";

export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden className={clsx("animate-pulse rounded bg-gray-200", className)} />;
}

/** Grey bars, one per class list, in order (a row's outline). */
export function SkeletonBars({ bars }: { bars: readonly string[] }) {
  return bars.map((className) => <Skeleton key={className} className={className} />);
}

interface SkeletonFrameProps {
  /** What is loading, said to screen readers ("Loading agents…"); none where the page says it. */
  label?: string;
  className?: string;
  testId?: string;
  children: ReactNode;
}

/** A busy region: its announced label and the outline of what will be there. */
export function SkeletonFrame({ label, className, testId, children }: SkeletonFrameProps) {
  return (
    <div className={className} aria-busy="true" data-testid={testId}>
      {label && (
        <span className="sr-only" role="status">
          {label}
        </span>
      )}
      {children}
    </div>
  );
}

interface ListSkeletonProps {
  /** The plural shown in "Loading agents…" and the test id `agents-loading`. */
  noun: string;
  className: string;
  /** How many rows (3 unless said). */
  rows?: number;
  rowClassName: string;
  /** One row's outline, repeated `rows` times. */
  children: ReactNode;
}

const rowKeys = ["a", "b", "c", "d", "e", "f"];

/** A list's outline while its first page loads. */
export function ListSkeleton({
  noun,
  className,
  rows = 3,
  rowClassName,
  children,
}: ListSkeletonProps) {
  return (
    <SkeletonFrame label={`Loading ${noun}…`} testId={`${noun}-loading`} className={className}>
      {rowKeys.slice(0, rows).map((key) => (
        <div key={key} className={rowClassName}>
          {children}
        </div>
      ))}
    </SkeletonFrame>
  );
}
