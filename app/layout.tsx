import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";
import { HydrationMark } from "@/components/shell/hydration-mark";

export const metadata: Metadata = {
  title: { default: "Tally", template: "%s · Tally" },
  description: "Claim-level fact-checking for the numbers in the news",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        {children}
        <HydrationMark />
      </body>
    </html>
  );
}
