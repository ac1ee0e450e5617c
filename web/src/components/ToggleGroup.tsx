import clsx from "clsx";

interface ToggleGroupProps<T extends string> {
  /** What the group chooses, for assistive technology ("Filter by status"). */
  label: string;
  options: ReadonlyArray<{ value: T; label: string }>;
  value: T;
  onChange: (value: T) => void;
  testId?: string;
}

/** A segmented row of toggle buttons, the chosen one pressed: a list's filter. */
export function ToggleGroup<T extends string>({
  label,
  options,
  value,
  onChange,
  testId,
}: ToggleGroupProps<T>) {
  return (
    <fieldset
      aria-label={label}
      className="inline-flex rounded-lg bg-gray-100 p-0.5"
      data-testid={testId}
    >
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
