import { SearchX } from "lucide-react";
import { Link } from "react-router";

interface NotFoundProps {
  /** Where "go back" leads: the app's home inside the shell, `/` outside. */
  homeHref?: string;
  homeLabel?: string;
}

/** Shown inside the app shell for unknown paths under `/app/:tenant/`. */
export function NotFoundContent({ homeHref = "/", homeLabel = "Go to Helios" }: NotFoundProps) {
  return (
    <div
      data-testid="not-found"
      className="flex flex-col items-center gap-3 px-6 py-20 text-center"
    >
      <SearchX className="size-10 text-gray-400" aria-hidden />
      <p className="text-sm font-semibold text-emerald-700">404</p>
      <h1 className="text-2xl font-semibold tracking-tight text-gray-900">Page not found</h1>
      <p className="max-w-md text-sm text-gray-600">
        The page you are looking for does not exist or has moved.
      </p>
      <Link
        to={homeHref}
        className="mt-2 rounded-md bg-emerald-600 px-3.5 py-2 text-sm font-medium text-white shadow-sm hover:bg-emerald-700"
      >
        {homeLabel}
      </Link>
    </div>
  );
}

/** Top-level 404. */
export function NotFoundPage() {
  return (
    <main className="flex min-h-full items-center justify-center">
      <NotFoundContent />
    </main>
  );
}
