import { Skeleton } from "../../components/Skeleton";

export function MembersTableSkeleton() {
  return (
    <div
      className="space-y-3 rounded-lg border border-gray-200 bg-white p-4 shadow-sm"
      aria-busy="true"
      data-testid="members-loading"
    >
      <span className="sr-only" role="status">
        Loading members…
      </span>
      {["a", "b", "c"].map((key) => (
        <div key={key} className="flex items-center gap-4">
          <Skeleton className="h-4 w-1/4" />
          <Skeleton className="h-4 w-1/3" />
          <Skeleton className="h-5 w-16 rounded-full" />
        </div>
      ))}
    </div>
  );
}
