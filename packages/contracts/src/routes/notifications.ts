import {
  ListNotificationsQuery,
  MarkAllReadResponse,
  Notification,
  NotificationList,
} from "../notifications";
import { defineRoutes } from "./define";

export const notificationRoutes = defineRoutes({
  "notifications/list": {
    method: "GET",
    path: "/api/t/{tenant}/whatsapp/notifications",
    summary: "Notifications, newest first, with the caller's own read state and unread count",
    access: "member",
    query: ListNotificationsQuery,
    response: NotificationList,
    status: 200,
  },
  "notifications/read-all": {
    method: "POST",
    path: "/api/t/{tenant}/whatsapp/notifications/read-all",
    summary: "Mark every notification read for the caller (others keep theirs)",
    access: "member",
    response: MarkAllReadResponse,
    status: 200,
  },
  "notifications/read": {
    method: "POST",
    path: "/api/t/{tenant}/whatsapp/notifications/{notificationId}/read",
    summary: "Mark one notification read for the caller",
    access: "member",
    response: Notification,
    status: 200,
  },
});
