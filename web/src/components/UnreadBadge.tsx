interface UnreadBadgeProps {
  count: number;
  testId?: string;
}

/** How many are unread (99+ past 99); nothing when there are none. */
export function UnreadBadge({ count, testId = "unread-count" }: UnreadBadgeProps) {
  if (count <= 0) return null;
  return (
    <span
      data-testid={testId}
      className="inline-flex min-w-5 items-center justify-center rounded-full bg-emerald-600 px-1.5 py-0.5 text-xs font-semibold text-white"
    >
      {count > 99 ? "99+" : count}
      <span className="sr-only"> unread</span>
    </span>
  );
}
