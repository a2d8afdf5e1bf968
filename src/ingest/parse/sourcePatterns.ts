// How news texts name their source, as data: each pattern's first group is
// the source name. Searched only near the top of the article.
export const SOURCE_PATTERNS: readonly { id: string; pattern: RegExp; reason: string }[] = [
  {
    id: 'as-x-informs',
    pattern: /\bAs ([A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,2}) (?:informs|reports|reported)\b/,
    reason: 'Report.az and similar: "As Report informs"',
  },
  {
    id: 'x-reports-citing',
    pattern: /\b([A-Z][\w&-]*(?:\.[A-Z][a-z]+)?) (?:reports|reported), citing\b/,
    reason: 'News.Az and similar: "News.Az reports, citing APA"',
  },
  {
    id: 'dateline-agency',
    pattern:
      /^[A-Z][A-Za-z'’. -]+, [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})? \(([A-Z][A-Za-z]+)\)\s*(?:--|—|–|-)/m,
    reason: 'Agency datelines: "NAIROBI, May 6 (Reuters) --"',
  },
  {
    id: 'slash-agency',
    pattern: /^[A-Z][A-Za-z'’. -]+, [A-Z][a-z]+ \d{1,2}\. \/([A-Z]{2,})\/\./m,
    reason: 'TASS datelines: "LIMA, October 2. /TASS/."',
  },
];
