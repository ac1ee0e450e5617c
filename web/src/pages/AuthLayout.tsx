import type { FormEvent, ReactNode } from "react";
import { FormBox, WideSubmit } from "../components/FormBox";
import { Logo } from "../components/Logo";
import { config } from "../config";

interface AuthLayoutProps {
  title: string;
  subtitle?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}

/** The centred card of the signed-out pages. */
export function AuthLayout({ title, subtitle, children, footer }: AuthLayoutProps) {
  return (
    <main className="flex min-h-full flex-col items-center justify-center px-4 py-12">
      <title>{`${title} · ${config.productName}`}</title>
      <div className="w-full max-w-sm">
        <div className="mb-8 flex justify-center">
          <Logo />
        </div>
        <div className="rounded-xl border border-gray-200 bg-white p-6 shadow-sm sm:p-8">
          <h1 className="text-xl font-semibold tracking-tight text-gray-900">{title}</h1>
          {subtitle && <p className="mt-1 text-sm text-gray-600">{subtitle}</p>}
          <div className="mt-6">{children}</div>
        </div>
        {footer && <p className="mt-6 text-center text-sm text-gray-600">{footer}</p>}
      </div>
    </main>
  );
}

interface AuthFormProps extends Omit<AuthLayoutProps, "children"> {
  /** The form's accessible name, when it is not the button's ("Reset password"). */
  formLabel?: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** What went wrong for the whole form, above the button. */
  error?: ReactNode;
  submitLabel: string;
  pending: boolean;
  /** The fields (and any note above them). */
  children: ReactNode;
}

/** A signed-out page that is one form with one full-width button. */
export function AuthForm({
  formLabel,
  onSubmit,
  error,
  submitLabel,
  pending,
  children,
  ...layout
}: AuthFormProps) {
  return (
    <AuthLayout {...layout}>
      <FormBox
        label={formLabel ?? submitLabel}
        onSubmit={onSubmit}
        error={error}
        actions={<WideSubmit pending={pending}>{submitLabel}</WideSubmit>}
      >
        {children}
      </FormBox>
    </AuthLayout>
  );
}
