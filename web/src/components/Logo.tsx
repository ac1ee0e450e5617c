import { MessageCircle } from "lucide-react";
import { config } from "../config";

export function Logo() {
  return (
    <span className="inline-flex items-center gap-2 text-lg font-semibold tracking-tight text-gray-900">
      <span className="flex size-8 items-center justify-center rounded-lg bg-emerald-600 text-white">
        <MessageCircle className="size-5" aria-hidden />
      </span>
      {config.productName}
    </span>
  );
}
