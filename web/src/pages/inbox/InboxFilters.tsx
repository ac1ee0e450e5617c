import { SlidersHorizontal } from "lucide-react";
import { CheckboxField } from "../../components/CheckboxField";
import { Field } from "../../components/Field";
import { Popover } from "../../components/Popover";
import { useLabels } from "../../labels/use-labels";
import { useNumbers } from "../whatsapp/use-numbers";
import { extraFilterCount, type InboxFilter, noExtraFilters } from "./inbox-filter";

interface InboxFiltersProps {
  filter: InboxFilter;
  onChange: (patch: Partial<InboxFilter>) => void;
}

interface FilterSelectProps {
  label: string;
  /** What no choice means ("All numbers"). */
  anyLabel: string;
  value: string | undefined;
  options: ReadonlyArray<{ id: string; name: string }>;
  onChange: (value: string | undefined) => void;
}

function FilterSelect({ label, anyLabel, value, options, onChange }: FilterSelectProps) {
  return (
    <Field label={label}>
      {(control) => (
        <select
          {...control}
          value={value ?? ""}
          onChange={(event) => onChange(event.target.value || undefined)}
        >
          <option value="">{anyLabel}</option>
          {options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

const flags = [
  { name: "escalated", label: "Escalated only" },
  { name: "unread", label: "Unread only" },
] as const;

/** "Filters": number, label, escalated, unread — in a small panel; the button counts those on. */
export function InboxFilters({ filter, onChange }: InboxFiltersProps) {
  const numbers = (useNumbers().data?.items ?? []).map(({ id, displayName }) => ({
    id,
    name: displayName,
  }));
  const labels = useLabels().data?.items ?? [];
  const count = extraFilterCount(filter);
  const selects = [
    { name: "numberId", label: "Number", anyLabel: "All numbers", options: numbers },
    { name: "label", label: "Label", anyLabel: "Any label", options: labels },
  ] as const;
  return (
    <Popover
      label="Filters"
      align="end"
      testId="inbox-filters"
      triggerClassName="inline-flex items-center gap-1.5 rounded-md bg-white px-2.5 py-1.5 text-sm font-medium text-gray-800 shadow-sm ring-1 ring-gray-300 ring-inset hover:bg-gray-50"
      trigger={
        <>
          <SlidersHorizontal className="size-4" aria-hidden />
          Filters
          {count > 0 && (
            <span className="rounded-full bg-emerald-600 px-1.5 text-xs text-white">{count}</span>
          )}
        </>
      }
    >
      {() => (
        <div className="space-y-3 p-2">
          {selects.map((select) => (
            <FilterSelect
              key={select.name}
              label={select.label}
              anyLabel={select.anyLabel}
              value={filter[select.name]}
              options={select.options}
              onChange={(value) => onChange({ [select.name]: value })}
            />
          ))}
          {flags.map((flag) => (
            <CheckboxField
              key={flag.name}
              label={flag.label}
              checked={filter[flag.name] === true}
              onChange={(on) => onChange({ [flag.name]: on || undefined })}
            />
          ))}
          {count > 0 && (
            <button
              type="button"
              className="text-sm font-medium text-emerald-700 hover:underline"
              onClick={() => onChange(noExtraFilters)}
            >
              Clear filters
            </button>
          )}
        </div>
      )}
    </Popover>
  );
}
