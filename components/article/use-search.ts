"use client";

import { useEffect, useState } from "react";
import type { ActionResult } from "@/lib/action-result";

/** Search as you type: waits for a short pause, and drops answers to queries the user has already typed past. */
export function useSearch<T>(
  query: string,
  search: (query: string) => Promise<ActionResult<T[]>>,
  delayMs = 180,
) {
  const [results, setResults] = useState<T[]>([]);
  const [searching, setSearching] = useState(false);
  useEffect(() => {
    let current = true;
    setSearching(true);
    const run = async () => {
      try {
        const result = await search(query.trim());
        if (current) setResults(result.ok ? result.data : []);
      } finally {
        if (current) setSearching(false);
      }
    };
    const timer = setTimeout(() => void run(), delayMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, search, delayMs]);
  return { results, searching };
}
