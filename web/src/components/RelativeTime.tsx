import { formatDateTime, formatRelativeTime } from "../format/relative-time";

/** A date as "5 minutes ago", with the exact date and time on hover. */
export function RelativeTime({ date }: { date: string }) {
  return (
    <time dateTime={date} title={formatDateTime(date)}>
      {formatRelativeTime(date)}
    </time>
  );
}
