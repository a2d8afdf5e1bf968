import { toPaths } from '../../../src/api/path/toPaths';
import { entity, fact } from './records';

describe('toPaths', () => {
  const lu = entity('lu-mei', 'Person');
  const chn = entity('CHN');
  const sco = entity('SCO', 'Organization');
  const holds = fact('HOLDS_POSITION', 'lu-mei', 'CHN', '2025', { role: 'Ambassador' });
  const member = fact('MEMBER_OF', 'CHN', 'SCO', '2001');

  it('turns nodes and facts into steps, telling whether each fact runs along the path', () => {
    const [path] = toPaths(
      [{ nodes: ['lu-mei', 'CHN', 'SCO'], relations: [holds, member] }],
      [lu, chn, sco],
    );
    expect(path?.length).toBe(2);
    expect(path?.entities).toEqual([lu, chn, sco]);
    expect(path?.steps.map((s) => [s.from.id, s.relation.type, s.to.id, s.forward])).toEqual([
      ['lu-mei', 'HOLDS_POSITION', 'CHN', true],
      ['CHN', 'MEMBER_OF', 'SCO', true],
    ]);
  });

  it('marks a fact walked against its direction', () => {
    const [path] = toPaths([{ nodes: ['SCO', 'CHN'], relations: [member] }], [chn, sco]);
    expect(path?.steps[0]?.forward).toBe(false);
  });

  it('drops a path naming an entity it was not given', () => {
    expect(toPaths([{ nodes: ['lu-mei', 'CHN'], relations: [holds] }], [lu])).toEqual([]);
  });
});
