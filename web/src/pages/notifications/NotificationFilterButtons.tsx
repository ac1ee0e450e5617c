import type { NotificationFilter } from "../../api/query-keys";
import { ToggleGroup } from "../../components/ToggleGroup";

const options: ReadonlyArray<{ value: NotificationFilter; label: string }> = [
  { value: "all", label: "All" },
  { value: "unread", label: "Unread" },
];

interface NotificationFilterButtonsProps {
  value: NotificationFilter;
  onChange: (filter: NotificationFilter) => void;
}

/** All / Unread. */
export function NotificationFilterButtons({ value, onChange }: NotificationFilterButtonsProps) {
  return <ToggleGroup label="Show" options={options} value={value} onChange={onChange} />;
}
