import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader, serviceName } from "@/components/layout/site-header";
import { SkipLink } from "@/components/layout/skip-link";
import { AccountLinks } from "./_components/account-links";
import { MainNav } from "./_components/main-nav";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: serviceName, template: `%s – ${serviceName}` },
  description:
    "Find creative, cultural and community activities across Bradford, Calderdale, Kirklees, Leeds and Wakefield that support health and wellbeing.",
  // Files in public/ (scripts/render-icons.mjs draws the PNGs and favicon.ico from icon.svg).
  manifest: "/site.webmanifest",
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "16x16 32x32 48x48" },
      { url: "/icon.svg", type: "image/svg+xml" },
    ],
    apple: "/apple-touch-icon.png",
  },
};

export const viewport: Viewport = { themeColor: "#0f4c5c", width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB">
      <body className="flex min-h-screen flex-col bg-canvas text-ink">
        <SkipLink />
        <SiteHeader account={<AccountLinks />} nav={<MainNav />} />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-page flex-1 px-4 pt-6 pb-8 sm:px-6 sm:pt-10">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
