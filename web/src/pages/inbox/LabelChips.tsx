import type { Label } from "@helios/contracts";

/** A conversation's labels as small chips, each with its colour; ids the workspace lacks are left out. */
export function LabelChips({ ids, labels }: { ids: readonly string[]; labels: readonly Label[] }) {
  const shown = ids.flatMap((id) => labels.filter((label) => label.id === id));
  return shown.map((label) => (
    <span
      key={label.id}
      data-testid="label-chip"
      className="inline-flex max-w-32 items-center gap-1 rounded-full bg-gray-100 px-2 py-0.5 text-xs font-medium text-gray-700"
    >
      <span
        aria-hidden
        className="size-2 shrink-0 rounded-full"
        style={{ backgroundColor: label.color }}
      />
      <span className="truncate">{label.name}</span>
    </span>
  ));
}
