import type { Notification } from "@helios/contracts";

/**
 * Escalations as desktop notifications (the Notification API) while the tab is in the
 * background. Opt-in: the browser's permission and this workspace-independent choice, kept in
 * localStorage, must both be there.
 */
const CHOICE_KEY = "helios.escalationAlerts";

export const alertsSupported = () => typeof window !== "undefined" && "Notification" in window;

export function alertsEnabled(): boolean {
  return (
    alertsSupported() &&
    window.Notification.permission === "granted" &&
    localStorage.getItem(CHOICE_KEY) === "on"
  );
}

/** Asks the browser for permission (it must follow a click) and remembers the choice. */
export async function enableAlerts(): Promise<NotificationPermission> {
  const permission = await window.Notification.requestPermission();
  if (permission === "granted") localStorage.setItem(CHOICE_KEY, "on");
  return permission;
}

export function disableAlerts(): void {
  localStorage.removeItem(CHOICE_KEY);
}

type Opener = (notification: Notification) => void;
let opener: Opener | undefined;

/** What a click on an alert does (open the chat, mark it read): set by the app shell. */
export function setAlertOpener(open: Opener): () => void {
  opener = open;
  return () => {
    if (opener === open) opener = undefined;
  };
}

export function alertEscalation(notification: Notification): void {
  if (notification.type !== "escalation" || !document.hidden || !alertsEnabled()) return;
  const alert = new window.Notification(notification.title, {
    body: notification.body,
    tag: notification.id,
  });
  alert.onclick = () => {
    window.focus();
    opener?.(notification);
    alert.close();
  };
}
