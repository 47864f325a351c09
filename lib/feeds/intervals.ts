/** How often a feed may be read, in minutes: from every quarter hour to once a day. */
export const FEED_INTERVALS = [15, 30, 60, 180, 360, 720, 1440] as const;

export function intervalLabel(minutes: number): string {
  if (minutes < 60) return `every ${minutes} minutes`;
  if (minutes === 60) return "every hour";
  if (minutes === 1440) return "once a day";
  return `every ${minutes / 60} hours`;
}
