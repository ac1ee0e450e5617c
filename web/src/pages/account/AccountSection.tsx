import { type ReactNode, useId } from "react";

interface AccountSectionProps {
  title: string;
  description?: ReactNode;
  children: ReactNode;
  testId?: string;
}

/** One card of the account page: a heading, what it is about, and its form or action. */
export function AccountSection({ title, description, children, testId }: AccountSectionProps) {
  const titleId = useId();
  return (
    <section
      aria-labelledby={titleId}
      data-testid={testId}
      className="rounded-lg border border-gray-200 bg-white p-5 shadow-sm"
    >
      <h2 id={titleId} className="text-base font-semibold text-gray-900">
        {title}
      </h2>
      {description && <p className="mt-1 text-sm text-gray-600">{description}</p>}
      <div className="mt-4">{children}</div>
    </section>
  );
}
