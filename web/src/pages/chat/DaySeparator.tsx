/** "Today", "Yesterday" or a date, between the days of a chat. */
export function DaySeparator({ label }: { label: string }) {
  return (
    <div className="flex items-center gap-3 px-4 py-2" data-testid="day-separator">
      <span aria-hidden className="h-px flex-1 bg-gray-200" />
      <span className="rounded-full bg-gray-100 px-2.5 py-0.5 text-xs font-medium text-gray-600">
        {label}
      </span>
      <span aria-hidden className="h-px flex-1 bg-gray-200" />
    </div>
  );
}
