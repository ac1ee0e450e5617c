import clsx from "clsx";
import { LoaderCircle } from "lucide-react";

export function Spinner({ className, label }: { className?: string; label?: string }) {
  return (
    <LoaderCircle
      className={clsx("animate-spin", className ?? "size-4")}
      aria-hidden={label ? undefined : true}
      aria-label={label}
      role={label ? "img" : undefined}
    />
  );
}
