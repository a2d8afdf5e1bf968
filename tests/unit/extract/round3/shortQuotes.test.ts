// Short quotations: a statement only with a speaker of their own; a capitalised
// name or a scare quote in quotation marks is never a statement.
import type { Extraction } from '../../../../src/ingest/types';
import { run } from '../helpers';

const speakers = (x: Extraction): string[] =>
  x.relations.filter((r) => r.type === 'STATED').map((r) => `${r.from}: ${r.text}`);

describe('short quotes (stated:quote)', () => {
  it('counts a short quote that its own speech verb attributes', () => {
    const x = run(
      'Spanish Foreign Minister Carla Ruiz met her counterpart. Ruiz said the talks were "frank and useful".',
    );
    expect(speakers(x)).toEqual(['carla-ruiz: frank and useful']);
  });

  it('does not count a capitalised name in quotation marks', () => {
    const x = run(
      'Spanish Foreign Minister Carla Ruiz said the two sides signed the "Lisbon Declaration on Ports" on Monday.',
    );
    expect(speakers(x)).toEqual([]);
  });

  it('does not hand a short scare quote to the speaker of the quote before', () => {
    const x = run(
      'Spanish Foreign Minister Carla Ruiz spoke in Lisbon. "We will send more experts to the region next year," Ruiz said. Critics called the plan "too modest".',
    );
    expect(speakers(x)).toEqual(['carla-ruiz: We will send more experts to the region next year,']);
  });
});
