import type { Label } from "@helios/contracts";

/** A label as a pill in its colour (a tinted background and a dot, dark text to stay legible). */
export function LabelChip({ label, testId = "label-chip" }: { label: Label; testId?: string }) {
  return (
    <span
      data-testid={testId}
      data-label-id={label.id}
      className="inline-flex max-w-40 items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-medium text-gray-800 ring-1 ring-inset"
      style={{
        backgroundColor: `${label.color}1f`,
        ["--tw-ring-color" as string]: `${label.color}59`,
      }}
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
