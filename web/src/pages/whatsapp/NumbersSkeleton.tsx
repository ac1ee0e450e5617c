import { Skeleton } from "../../components/Skeleton";

export function NumbersSkeleton() {
  return (
    <div
      className="grid gap-4 sm:grid-cols-2 2xl:grid-cols-3"
      aria-busy="true"
      data-testid="numbers-loading"
    >
      <span className="sr-only" role="status">
        Loading numbers…
      </span>
      {["a", "b", "c"].map((key) => (
        <div key={key} className="space-y-3 rounded-lg border border-gray-200 bg-white p-4">
          <div className="flex justify-between gap-3">
            <Skeleton className="h-5 w-1/2" />
            <Skeleton className="h-5 w-14 rounded-full" />
          </div>
          <Skeleton className="h-3 w-2/3" />
          <Skeleton className="h-4 w-1/3" />
          <Skeleton className="h-5 w-20" />
        </div>
      ))}
    </div>
  );
}
