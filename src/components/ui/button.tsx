import Link from "next/link";
import type { ButtonHTMLAttributes, ComponentProps, ReactNode } from "react";

export type ButtonVariant = "primary" | "secondary" | "warning";

// The classes live in globals.css (.btn): a button's dozen utilities, repeated on every result, weighed more
// than the result's words.
const variants: Record<ButtonVariant, string> = { primary: "btn-primary", secondary: "btn-secondary", warning: "btn-warning" };

export function buttonClass(variant: ButtonVariant = "primary", extra = ""): string {
  return `btn ${variants[variant]} ${extra}`.trim();
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
