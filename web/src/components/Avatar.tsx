import clsx from "clsx";

/** "Ana Lima" → "AL", "maria" → "M": the first letters of the first and last words. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0]?.[0] ?? "?";
  const last = words.length > 1 ? (words.at(-1)?.[0] ?? "") : "";
  return `${first}${last}`.toUpperCase();
}

const palette = [
  "bg-sky-100 text-sky-800",
  "bg-emerald-100 text-emerald-800",
  "bg-amber-100 text-amber-900",
  "bg-rose-100 text-rose-800",
  "bg-indigo-100 text-indigo-800",
  "bg-teal-100 text-teal-800",
];

/** The same person gets the same colour everywhere (a hash of their id or name). */
function tint(key: string): string {
  let hash = 0;
  for (const char of key) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return palette[hash % palette.length] ?? "bg-gray-100 text-gray-700";
}

interface AvatarProps {
  name: string;
  /** What the colour follows (a user id); the name when absent. */
  colorKey?: string | undefined;
  size?: "sm" | "md";
  className?: string;
}

/** A person's initials in a coloured circle (the name is read by what sits beside it). */
export function Avatar({ name, colorKey, size = "sm", className }: AvatarProps) {
  return (
    <span
      aria-hidden
      data-testid="avatar"
      className={clsx(
        "inline-flex shrink-0 items-center justify-center rounded-full font-semibold",
        size === "sm" ? "size-5 text-[10px]" : "size-7 text-xs",
        tint(colorKey ?? name),
        className,
      )}
    >
      {initials(name)}
    </span>
  );
}
