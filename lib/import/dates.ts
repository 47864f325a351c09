const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+((?:19|20)\\d\\d)\\b`, "i");
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\s+${MONTH},?\\s+((?:19|20)\\d\\d)\\b`, "i");
// Not \b at the end: "2019-07-04T09:00" has no word boundary between the day and the T.
const ISO = /\b((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)/;

function iso(year: number, monthIndex: number, day: number): string | null {
  const d = new Date(Date.UTC(year, monthIndex, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== monthIndex || d.getUTCDate() !== day)
    return null;
  return d.toISOString().slice(0, 10);
}

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase());
}

/** A calendar date (YYYY-MM-DD) from the ways news pages print one:
 * "Published: 0234 GMT February 14, 2020", "Thu Dec 1, 2016 22:09:14", "14 February 2020", "2020-02-14". */
export function parsePublishedDate(text: string): string | null {
  const isoMatch = ISO.exec(text);
  if (isoMatch) return iso(Number(isoMatch[1]), Number(isoMatch[2]) - 1, Number(isoMatch[3]));
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) return iso(Number(mdy[3]), monthIndex(mdy[1]!), Number(mdy[2]));
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) return iso(Number(dmy[3]), monthIndex(dmy[2]!), Number(dmy[1]));
  return null;
}
