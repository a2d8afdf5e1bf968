/** One line of a text with its offsets (`end` excludes the line break). */
export interface TextLine {
  start: number;
  end: number;
  text: string;
}

/** Up to `limit` lines of `text` from offset `from`. */
export function textLines(text: string, from = 0, limit = Infinity): TextLine[] {
  const lines: TextLine[] = [];
  let start = from;
  while (start < text.length && lines.length < limit) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    lines.push({ start, end, text: text.slice(start, end) });
    start = end + 1;
  }
  return lines;
}
