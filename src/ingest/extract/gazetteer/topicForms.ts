// Topic trigger phrases: lowercase triggers match in any case, shouted ones
// (ICT, AI) only as written. Triggers marked needsCooperationCue are too
// common to count without a cooperation cue; hits carry the flag.
import type { TopicsFile } from './dataSchema';
import type { BuiltTable, FormSpec } from './formTrie';

export function topicForms(file: TopicsFile): BuiltTable {
  const forms: FormSpec[] = [];
  for (const t of file.topics) {
    for (const trig of t.triggers) {
      forms.push({
        text: trig.form,
        cand: {
          id: t.id,
          kind: 'Topic',
          form: 'trigger',
          rule: `gazetteer:topics:${t.id}`,
          exact: false,
          priority: 0,
          ...(trig.needsCooperationCue ? { needsCooperationCue: true } : {}),
        },
      });
    }
  }
  const entries = file.topics.map((t) => ({
    id: t.id,
    kind: 'Topic' as const,
    name: t.name,
    aliases: t.triggers.map((x) => x.form).filter((f) => f !== t.name),
    source: 'topics.json',
  }));
  return { entries, forms };
}
