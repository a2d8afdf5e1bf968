// RESULTS.md is written by several bench modes: the harness rewrites the whole
// report, the reliability runs (--kill-loop, --soak) each own one section
// between HTML comment markers. A rewrite keeps the other modes' sections.

const start = (name: string) => `<!-- bench:${name}:start -->`;
const end = (name: string) => `<!-- bench:${name}:end -->`;
const SECTION = /<!-- bench:([a-z-]+):start -->[\s\S]*?<!-- bench:\1:end -->/g;

/** `content` wrapped in the markers of section `name`. */
export function markSection(name: string, content: string): string {
  return `${start(name)}\n\n${content.trim()}\n\n${end(name)}`;
}

/** Every marked section of `markdown`, by name, markers included. */
export function markedSections(markdown: string): Map<string, string> {
  const sections = new Map<string, string>();
  for (const match of markdown.matchAll(SECTION)) sections.set(match[1] as string, match[0]);
  return sections;
}

/** `markdown` with section `name` replaced by `content`, or `content` appended when absent. */
export function replaceSection(markdown: string, name: string, content: string): string {
  const marked = markSection(name, content);
  const existing = markedSections(markdown).get(name);
  if (existing !== undefined) return markdown.replace(existing, () => marked);
  return `${markdown.trimEnd()}\n\n${marked}\n`;
}

/** `fresh` (a new report) with the marked sections of `previous` it lacks, appended in their order. */
export function keepSections(previous: string, fresh: string): string {
  const kept = markedSections(fresh);
  let out = fresh;
  for (const [name, section] of markedSections(previous)) {
    if (!kept.has(name)) out = `${out.trimEnd()}\n\n${section}\n`;
  }
  return out;
}
