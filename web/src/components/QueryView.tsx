import type { ReactNode } from "react";
import { QueryError } from "./ErrorState";

/** What this view reads of a TanStack query's result. */
interface QueryState<T> {
  isPending: boolean;
  isLoadingError: boolean;
  isFetching: boolean;
  error: unknown;
  data: T | undefined;
  refetch: () => unknown;
}

interface QueryViewProps<T> {
  query: QueryState<T>;
  /** The outline shown until the first answer. */
  loading: ReactNode;
  /** The failure's heading, naming what did not load ("Could not load the agents"). */
  errorTitle: string;
  /** Says when the loaded data has nothing to show; `empty` is shown then. */
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}

/** A query's four faces: loading, failed (with Retry), empty, and its data. */
export function QueryView<T>({
  query,
  loading,
  errorTitle,
  isEmpty,
  empty,
  children,
}: QueryViewProps<T>) {
  if (query.isPending) return loading;
  if (query.isLoadingError || query.data === undefined) {
    return <QueryError title={errorTitle} query={query} />;
  }
  if (isEmpty?.(query.data)) return empty;
  return children(query.data);
}
