import { isRouteErrorResponse, Link, useRouteError } from "react-router";
import { NotFoundPage } from "./NotFoundPage";

/** The router's error boundary: a 404 for unknown routes, else a crash screen with a reload. */
export function RouteErrorPage() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <main
      role="alert"
      className="flex min-h-full flex-col items-center justify-center gap-3 px-6 text-center"
    >
      <h1 className="text-2xl font-semibold text-gray-900">Something went wrong</h1>
      <p className="max-w-md text-sm text-gray-600">
        {error instanceof Error ? error.message : "An unexpected error occurred."}
      </p>
      <div className="flex gap-2">
        <button
          type="button"
          onClick={() => window.location.reload()}
          className="rounded-md bg-emerald-600 px-3.5 py-2 text-sm font-medium text-white hover:bg-emerald-700"
        >
          Reload
        </button>
        <Link
          to="/"
          className="rounded-md px-3.5 py-2 text-sm font-medium text-gray-700 hover:bg-gray-100"
        >
          Go home
        </Link>
      </div>
    </main>
  );
}
