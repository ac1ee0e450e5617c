import clsx from "clsx";
import type { NotificationFilter } from "../../api/query-keys";

const options: ReadonlyArray<{ value: NotificationFilter; label: string }> = [
  { value: "all", label: "All" },
  { value: "unread", label: "Unread" },
];

interface NotificationFilterButtonsProps {
  value: NotificationFilter;
  onChange: (filter: NotificationFilter) => void;
}

/** All / Unread: toggle buttons, the chosen one pressed. */
export function NotificationFilterButtons({ value, onChange }: NotificationFilterButtonsProps) {
  return (
    <fieldset aria-label="Show" className="inline-flex rounded-lg bg-gray-100 p-0.5">
      {options.map((option) => {
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
