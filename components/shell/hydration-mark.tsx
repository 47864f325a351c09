"use client";

import { useEffect } from "react";

/** Marks the document once React has hydrated it, so end-to-end tests press keys only when someone is listening. */
export function HydrationMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "1";
  }, []);
  return null;
}
