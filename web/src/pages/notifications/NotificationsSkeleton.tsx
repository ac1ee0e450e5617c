import { Skeleton } from "../../components/Skeleton";

export function NotificationsSkeleton() {
  return (
    <div
      className="divide-y divide-gray-100 rounded-lg border border-gray-200 bg-white shadow-sm"
      aria-busy="true"
      data-testid="notifications-loading"
    >
      <span className="sr-only" role="status">
        Loading notifications…
      </span>
      {["a", "b", "c", "d"].map((key) => (
        <div key={key} className="flex items-center gap-4 px-4 py-3">
          <Skeleton className="size-9 rounded-full" />
          <div className="flex-1 space-y-1.5">
            <Skeleton className="h-4 w-1/3" />
            <Skeleton className="h-3 w-2/3" />
          </div>
          <Skeleton className="h-4 w-16" />
        </div>
      ))}
    </div>
  );
}
