import type { Label } from "@helios/contracts";
import clsx from "clsx";

interface LabelChipProps {
  label: Pick<Label, "name" | "color">;
  className?: string;
}

/** A label as a chip: a dot in its colour on a light tint of it, and its name. */
export function LabelChip({ label, className }: LabelChipProps) {
  return (
    <span
      data-testid="label-chip"
      className={clsx(
        "inline-flex max-w-full items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-medium text-gray-800",
        className,
      )}
      // `#rrggbb` + `1f`: the label's colour at 12% on white.
      style={{ backgroundColor: `${label.color}1f` }}
    >
      <span
        aria-hidden
        className="size-2 shrink-0 rounded-full"
        style={{ backgroundColor: label.color }}
      />
      <span className="truncate">{label.name}</span>
    </span>
  );
}
