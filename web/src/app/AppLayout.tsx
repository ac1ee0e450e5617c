import type { TenantMembership } from "@helios/contracts";
import clsx from "clsx";
import { Menu } from "lucide-react";
import { type ReactNode, useEffect, useRef, useState } from "react";
import { useLocation, useMatches } from "react-router";
import { Logo } from "../components/Logo";
import { Sidebar } from "./Sidebar";

interface AppLayoutProps {
  tenants: readonly TenantMembership[];
  children: ReactNode;
}

/** Sidebar + content. Below `lg` the sidebar is a drawer behind the menu button. */
export function AppLayout({ tenants, children }: AppLayoutProps) {
  const { pathname } = useLocation();
  // The drawer is open for the page it was opened on: navigating closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const menuOpen = openOn === pathname;
  const setMenuOpen = (open: boolean) => setOpenOn(open ? pathname : null);
  const menuButton = useRef<HTMLButtonElement>(null);
  // A page whose route says `handle: { wide: true }` (the inbox) takes the whole width.
  const wide = useMatches().some((match) => (match.handle as { wide?: boolean } | undefined)?.wide);

  useEffect(() => {
    if (!menuOpen) return;
    document.querySelector<HTMLElement>("#app-sidebar nav a")?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpenOn(null);
      menuButton.current?.focus();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [menuOpen]);

  return (
    <div className="flex min-h-full">
      <aside
        id="app-sidebar"
        data-testid="sidebar"
        className={clsx(
          "fixed inset-y-0 left-0 z-40 w-64 shrink-0 border-r border-gray-200 bg-white transition-transform duration-200",
          "lg:sticky lg:top-0 lg:h-screen lg:translate-x-0",
          menuOpen ? "translate-x-0 shadow-xl" : "-translate-x-full max-lg:invisible",
        )}
      >
        <Sidebar tenants={tenants} onClose={() => setMenuOpen(false)} />
      </aside>
      {menuOpen && (
        <button
          type="button"
          tabIndex={-1}
          aria-hidden="true"
          className="fixed inset-0 z-30 bg-gray-900/40 lg:hidden"
          onClick={() => setMenuOpen(false)}
        />
      )}
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="sticky top-0 z-20 flex items-center gap-3 border-b border-gray-200 bg-white/90 px-4 py-3 backdrop-blur lg:hidden">
          <button
            ref={menuButton}
            type="button"
            onClick={() => setMenuOpen(true)}
            aria-label="Open menu"
            aria-controls="app-sidebar"
            aria-expanded={menuOpen}
            className="-m-1.5 rounded-md p-1.5 text-gray-700 hover:bg-gray-100"
          >
            <Menu className="size-6" aria-hidden />
          </button>
          <Logo />
        </header>
        <main
          className={clsx(
            "mx-auto w-full flex-1 px-4 py-6 sm:px-6",
            // A wide page is exactly the window's height, so its list and chat scroll inside (and
            // the chat stays virtualized). flex-none: flex-1's 0% basis lets the content set it.
            wide
              ? "lg:flex lg:h-dvh lg:flex-none lg:flex-col lg:px-6"
              : "max-w-6xl lg:px-10 lg:py-10",
          )}
        >
          {children}
        </main>
      </div>
    </div>
  );
}
