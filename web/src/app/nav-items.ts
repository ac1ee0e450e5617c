import { Bot, type LucideIcon, MessageCircle, Plug, Users } from "lucide-react";

export interface NavItem {
  /** Path segment under `/app/:tenant/`. */
  segment: string;
  label: string;
  icon: LucideIcon;
}

export const navItems: readonly NavItem[] = [
  { segment: "whatsapp", label: "WhatsApp", icon: MessageCircle },
  { segment: "agents", label: "AI Agents", icon: Bot },
  { segment: "integrations", label: "Integrations", icon: Plug },
  { segment: "members", label: "Members", icon: Users },
];

export function tenantPath(slug: string, segment: string): string {
  return `/app/${encodeURIComponent(slug)}/${segment}`;
}
