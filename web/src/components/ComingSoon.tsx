import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";
import { EmptyState } from "./EmptyState";
import { PageHeader } from "./PageHeader";

interface ComingSoonProps {
  title: string;
  description: string;
  icon: LucideIcon;
  emptyTitle: string;
  children: ReactNode;
}

/** A section that is not built yet: its header and an empty state saying what will be here. */
export function ComingSoon({ title, description, icon, emptyTitle, children }: ComingSoonProps) {
  return (
    <>
      <PageHeader title={title} description={description} />
      <EmptyState icon={icon} title={emptyTitle}>
        {children}
      </EmptyState>
    </>
  );
}
