// Titles that name an institution of a country ("Speaker of the Parliament of
// X", "chairman of X's State Committee for …"), on invented people.
import { facts, run } from '../helpers';

const positions = (text: string): string[] =>
  run(text, '2025-03-10')
    .relations.filter((r) => r.type === 'HOLDS_POSITION')
    .map((r) => `${r.from}->${r.to} ${r.role ?? ''}`)
    .sort();

describe('institution titles', () => {
  it('reads "Title of the INSTITUTION of COUNTRY" in apposition', () => {
    expect(
      positions(
        'The talks involved Rauf Aliyev, Speaker of the Parliament of Azerbaijan, and Dana Serik, Chair of the Senate of Kazakhstan.',
      ),
    ).toEqual([
      'dana-serik->KAZ Chair of the Senate',
      'rauf-aliyev->AZE Speaker of the Parliament',
    ]);
  });

  it('reads "chairman of COUNTRY\'s State Committee for …" and keeps its country', () => {
    expect(
      positions(
        "Rauf Aliyev, chairman of Azerbaijan's State Committee for Religious Affairs, met the delegation.",
      ),
    ).toEqual(['rauf-aliyev->AZE Chairman of the State Committee for Religious Affairs']);
  });

  it('takes no word of an institution for a person ("chairman of the State Committee")', () => {
    const x = run(
      'The delegation was led by Rauf Aliyev, chairman of the State Committee for Work with Diaspora of Azerbaijan.',
      '2025-03-10',
    );
    expect(x.entities.filter((e) => e.kind === 'Person').map((e) => e.id)).toEqual(['rauf-aliyev']);
  });

  it("still reads a portfolio title followed by its holder's name", () => {
    expect(
      positions('Minister of Foreign Affairs of Azerbaijan Jeyhun Karimli met the delegation.'),
    ).toEqual(['jeyhun-karimli->AZE Minister of Foreign Affairs']);
  });

  it('does not repeat a modifier in an apposition title', () => {
    expect(positions("Rauf Aliyev, Azerbaijan's deputy foreign minister, met them.")).toEqual([
      'rauf-aliyev->AZE Deputy foreign minister',
    ]);
    expect(
      facts(run("Rauf Aliyev, Azerbaijan's deputy foreign minister, met them."), 'MET'),
    ).toEqual([]);
  });
});
