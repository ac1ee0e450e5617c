import {
  Bell,
  BookUser,
  Bot,
  type LucideIcon,
  MessageCircle,
  Plug,
  SlidersHorizontal,
  Users,
} from "lucide-react";

export interface NavItem {
  /** Path segment under `/app/:tenant/`. */
  segment: string;
  label: string;
  icon: LucideIcon;
  /** A live count shown next to the label. */
  badge?: "unreadNotifications";
}

export const navItems: readonly NavItem[] = [
  { segment: "whatsapp", label: "WhatsApp", icon: MessageCircle },
  {
    segment: "whatsapp/notifications",
    label: "Notifications",
    icon: Bell,
    badge: "unreadNotifications",
  },
  { segment: "contacts", label: "Contacts", icon: BookUser },
  { segment: "agents", label: "AI Agents", icon: Bot },
  { segment: "integrations", label: "Integrations", icon: Plug },
  { segment: "members", label: "Members", icon: Users },
  // Every member sees the labels and canned responses they use; owners and admins edit them.
  { segment: "settings", label: "Inbox settings", icon: SlidersHorizontal },
];

export function tenantPath(slug: string, segment: string): string {
  return `/app/${encodeURIComponent(slug)}/${segment}`;
}
