import clsx from "clsx";
import type { ConversationFilter } from "../../api/query-keys";

export const filterOptions: ReadonlyArray<{ value: ConversationFilter; label: string }> = [
  { value: "all", label: "All" },
  { value: "open", label: "Open" },
  { value: "closed", label: "Closed" },
  { value: "archived", label: "Archived" },
];

interface StatusFilterProps {
  value: ConversationFilter;
  onChange: (filter: ConversationFilter) => void;
}

/** All / Open / Closed / Archived: toggle buttons, the chosen one pressed. */
export function StatusFilter({ value, onChange }: StatusFilterProps) {
  return (
    <fieldset
      aria-label="Filter by status"
      className="inline-flex rounded-lg bg-gray-100 p-0.5"
      data-testid="status-filter"
    >
      {filterOptions.map((option) => {
        const selected = option.value === value;
        return (
          <button
            key={option.value}
            type="button"
            aria-pressed={selected}
            onClick={() => onChange(option.value)}
            className={clsx(
              "rounded-md px-3 py-1.5 text-sm font-medium transition-colors",
              "focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-emerald-600",
              selected ? "bg-white text-gray-900 shadow-sm" : "text-gray-600 hover:text-gray-900",
            )}
          >
            {option.label}
          </button>
        );
      })}
    </fieldset>
  );
}
