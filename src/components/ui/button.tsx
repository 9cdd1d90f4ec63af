import Link from "next/link";
import type { ButtonHTMLAttributes, ComponentProps, ReactNode } from "react";

export type ButtonVariant = "primary" | "secondary" | "warning";

// A 2px dark "shadow" under each button, as GOV.UK; focus turns it yellow with a dark underline.
const base =
  "inline-flex min-h-11 items-center justify-center gap-2 px-4 py-2 text-body font-bold no-underline " +
  "shadow-[0_2px_0_var(--color-ink)] cursor-pointer text-center " +
  "focus-visible:outline-3 focus-visible:outline-transparent focus-visible:bg-focus focus-visible:text-focus-text " +
  "focus-visible:shadow-[0_4px_0_var(--color-ink)] active:translate-y-0.5 active:shadow-none " +
  "disabled:cursor-not-allowed disabled:opacity-60";

const variants: Record<ButtonVariant, string> = {
  primary: "bg-success text-white hover:bg-success-dark visited:text-white hover:text-white",
  secondary: "bg-secondary-button text-ink hover:bg-secondary-button-hover visited:text-ink hover:text-ink",
  warning: "bg-warning text-white hover:bg-warning-dark visited:text-white hover:text-white",
};

export function buttonClass(variant: ButtonVariant = "primary", extra = ""): string {
  return `${base} ${variants[variant]} ${extra}`.trim();
}

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; children: ReactNode };

/** A form button. Defaults to `type="submit"` because most buttons here submit a server-action form. */
export function Button({ variant = "primary", type = "submit", className = "", ...rest }: ButtonProps) {
  return <button type={type} className={buttonClass(variant, className)} {...rest} />;
}

type ButtonLinkProps = ComponentProps<typeof Link> & { variant?: ButtonVariant };

/** A link styled as a button, for calls to action that navigate (e.g. "Start now", "Add a listing"). */
export function ButtonLink({ variant = "primary", className = "", ...rest }: ButtonLinkProps) {
  return <Link className={buttonClass(variant, className)} {...rest} />;
}
