import { useContext } from "react";
import { config } from "../config";
import { useUnreadNotifications } from "../notifications/use-unread-notifications";
import { TenantContext } from "./tenant-context";

/** "(3) Inbox · Demo — Helios": the unread count (as the sidebar shows it), page, workspace. */
export function documentTitle(page: string, workspace?: string, unread = 0): string {
  const count = unread > 0 ? `(${unread > 99 ? "99+" : unread}) ` : "";
  const where = workspace ? `${page} · ${workspace}` : page;
  return `${count}${where} — ${config.productName}`;
}

/** The document title of a workspace page: its name, the workspace's, and the unread count. */
export function useDocumentTitle(page: string): string {
  const current = useContext(TenantContext);
  const unread = useUnreadNotifications();
  return documentTitle(page, current?.tenant.name, unread.data ?? 0);
}
