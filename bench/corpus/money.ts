// Money as news prints it.

/** Millions of US dollars as "$1.3 billion" or "$450 million". */
export function money(millions: number): string {
  if (millions >= 1000) return `$${(millions / 1000).toFixed(1).replace(/\.0$/, '')} billion`;
  return `$${Math.max(1, Math.round(millions))} million`;
}
