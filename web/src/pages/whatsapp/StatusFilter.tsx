import type { ConversationFilter } from "../../api/query-keys";
import { ToggleGroup } from "../../components/ToggleGroup";

const filterOptions: ReadonlyArray<{ value: ConversationFilter; label: string }> = [
  { value: "all", label: "All" },
  { value: "open", label: "Open" },
  { value: "closed", label: "Closed" },
  { value: "archived", label: "Archived" },
];

interface StatusFilterProps {
  value: ConversationFilter;
  onChange: (filter: ConversationFilter) => void;
}

/** All / Open / Closed / Archived. */
export function StatusFilter({ value, onChange }: StatusFilterProps) {
  return (
    <ToggleGroup
      label="Filter by status"
      options={filterOptions}
      value={value}
      onChange={onChange}
      testId="status-filter"
    />
  );
}
