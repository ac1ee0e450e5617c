import { Search, X } from "lucide-react";
import { useEffect, useRef, useState } from "react";

interface SearchBoxProps {
  /** The search in the URL. */
  value: string | undefined;
  onSearch: (q: string | undefined) => void;
}

/** Searches as you type (once typing pauses); the ✕ (or Esc) clears it. */
export function SearchBox({ value, onSearch }: SearchBoxProps) {
  const [text, setText] = useState(value ?? "");
  const search = useRef(onSearch);
  search.current = onSearch;

  // Back/forward or a link changed the search: show it.
  useEffect(() => {
    setText((current) => (current.trim() === (value ?? "") ? current : (value ?? "")));
  }, [value]);

  useEffect(() => {
    const q = text.trim() || undefined;
    if (q === value) return;
    const timer = window.setTimeout(() => search.current(q), 300);
    return () => window.clearTimeout(timer);
  }, [text, value]);

  return (
    <div className="relative">
      <Search
        className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-gray-400"
        aria-hidden
      />
      <input
        type="search"
        aria-label="Search conversations"
        placeholder="Search name, phone or message"
        value={text}
        maxLength={100}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Escape" && text) {
            event.preventDefault();
            setText("");
            onSearch(undefined);
          }
        }}
        className="block w-full rounded-md border-0 bg-white py-1.5 pr-8 pl-8 text-sm text-gray-900 shadow-sm ring-1 ring-gray-300 ring-inset placeholder:text-gray-400 focus:ring-2 focus:ring-emerald-600 focus:outline-none [&::-webkit-search-cancel-button]:hidden"
      />
      {text && (
        <button
          type="button"
          aria-label="Clear search"
          onClick={() => {
            setText("");
            onSearch(undefined);
          }}
          className="absolute top-1/2 right-1.5 -translate-y-1/2 rounded p-0.5 text-gray-500 hover:bg-gray-100 focus-visible:outline-2 focus-visible:outline-emerald-600"
        >
          <X className="size-4" aria-hidden />
        </button>
      )}
    </div>
  );
}
