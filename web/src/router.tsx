import type { ComponentType } from "react";
import { createBrowserRouter, Navigate, type RouteObject } from "react-router";
import { AppNotFound } from "./app/AppNotFound";
import { AppShell } from "./app/AppShell";
import { RequireAuth } from "./auth/RequireAuth";
import { FullPageSpinner } from "./components/FullPageSpinner";
import { ForgotPasswordPage } from "./pages/ForgotPasswordPage";
import { InvitePage } from "./pages/invite/InvitePage";
import { LoginPage } from "./pages/LoginPage";
import { NotFoundPage } from "./pages/NotFoundPage";
import { ResetPasswordPage } from "./pages/ResetPasswordPage";
import { RootRedirect } from "./pages/RootRedirect";
import { RouteErrorPage } from "./pages/RouteErrorPage";
import { SignupPage } from "./pages/SignupPage";
import { VerifyEmailPage } from "./pages/VerifyEmailPage";
import { WorkspacesPage } from "./pages/WorkspacesPage";

/** A page's module loaded on first visit; `name` is the page it exports. */
function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return async () => ({ Component: (await load())[name] });
}

/** A section at `path`, its module loaded on first visit; `name` is the page it exports. */
function section<K extends string>(
  path: string,
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
): RouteObject {
  return { path, lazy: lazyPage(load, name) };
}

/**
 * The app's sections are lazy route modules (one chunk each) so that later issues replace a
 * placeholder by swapping one file.
 */
const appSections: RouteObject[] = [
  { index: true, element: <Navigate to="whatsapp" replace /> },
  {
    // The inbox: the list, and beside it (or instead of it, on phones) the open chat. Wide: the
    // page uses the whole width.
    path: "whatsapp",
    lazy: lazyPage(() => import("./pages/inbox/InboxPage"), "InboxPage"),
    handle: { wide: true },
    children: [
      {
        index: true,
        lazy: lazyPage(() => import("./pages/inbox/NoConversationOpen"), "NoConversationOpen"),
      },
      section(":conversationId", () => import("./pages/chat/ChatPage"), "ChatPage"),
    ],
  },
  section("whatsapp/numbers", () => import("./pages/whatsapp/NumbersPage"), "NumbersPage"),
  section(
    "whatsapp/notifications",
    () => import("./pages/notifications/NotificationsPage"),
    "NotificationsPage",
  ),
  section("agents", () => import("./pages/agents/AgentsPage"), "AgentsPage"),
  section(
    "integrations",
    () => import("./pages/integrations/IntegrationsPage"),
    "IntegrationsPage",
  ),
  section("account", () => import("./pages/account/AccountPage"), "AccountPage"),
  section("members", () => import("./pages/members/MembersPage"), "MembersPage"),
  section("contacts", () => import("./pages/contacts/ContactsPage"), "ContactsPage"),
  { path: "settings", element: <Navigate to="labels" replace /> },
  section("settings/labels", () => import("./pages/settings/LabelsPage"), "LabelsPage"),
  section(
    "settings/canned-responses",
    () => import("./pages/settings/CannedResponsesPage"),
    "CannedResponsesPage",
  ),
  { path: "*", element: <AppNotFound /> },
];

export const routes: RouteObject[] = [
  {
    errorElement: <RouteErrorPage />,
    hydrateFallbackElement: <FullPageSpinner />,
    children: [
      { path: "/", element: <RootRedirect /> },
      { path: "/login", element: <LoginPage /> },
      { path: "/signup", element: <SignupPage /> },
      // The e-mailed links: reachable signed in or not, in any browser.
      { path: "/forgot-password", element: <ForgotPasswordPage /> },
      { path: "/reset-password/:token?", element: <ResetPasswordPage /> },
      { path: "/verify-email/:token?", element: <VerifyEmailPage /> },
      { path: "/invite/:token", element: <InvitePage /> },
      {
        element: <RequireAuth />,
        children: [
          { path: "/workspaces", element: <WorkspacesPage /> },
          { path: "/app", element: <Navigate to="/" replace /> },
          { path: "/app/:tenant", element: <AppShell />, children: appSections },
        ],
      },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
];

export const router = createBrowserRouter(routes);
