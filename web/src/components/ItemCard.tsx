import clsx from "clsx";
import { Pencil, Trash2 } from "lucide-react";
import type { ReactNode } from "react";
import { Button } from "./Button";

interface ItemCardProps {
  /** Names the test id (`agent-card`) and the id attribute (`data-agent-id`). */
  kind: string;
  id: string;
  /** The card's title and accessible name. */
  name: string;
  /** The title's id, which the card's buttons are described by. */
  titleId: string;
  heading?: "h2" | "h3";
  /** Lines under the title. */
  details: ReactNode;
  /** Beside the title (on/off, provider). */
  badge: ReactNode;
  children: ReactNode;
}

/** One item of a card grid (an agent, a number): title, details and badge, then its body. */
export function ItemCard({
  kind,
  id,
  name,
  titleId,
  heading: Heading = "h2",
  details,
  badge,
  children,
}: ItemCardProps) {
  const idAttribute = { [`data-${kind}-id`]: id };
  return (
    <article
      aria-label={name}
      data-testid={`${kind}-card`}
      {...idAttribute}
      className="flex flex-col gap-3 rounded-lg border border-gray-200 bg-white p-4 shadow-sm"
    >
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <Heading id={titleId} className="truncate font-semibold text-gray-900">
            {name}
          </Heading>
          {details}
        </div>
        {badge}
      </div>
      {children}
    </article>
  );
}

interface EditDeleteButtonsProps {
  titleId: string;
  onEdit: () => void;
  onDelete: () => void;
  /** Extra classes for both buttons (e.g. a smaller padding). */
  className?: string;
}

/** A card's Edit and Delete buttons, each described by the card's title. */
export function EditDeleteButtons({
  titleId,
  onEdit,
  onDelete,
  className,
}: EditDeleteButtonsProps) {
  return (
    <>
      <Button
        variant="secondary"
        className={className}
        onClick={onEdit}
        aria-describedby={titleId}
        icon={<Pencil className="size-4" aria-hidden />}
      >
        Edit
      </Button>
      <Button
        variant="ghost"
        className={clsx(className, "text-red-700 hover:bg-red-50")}
        onClick={onDelete}
        aria-describedby={titleId}
        icon={<Trash2 className="size-4" aria-hidden />}
      >
        Delete
      </Button>
    </>
  );
}
