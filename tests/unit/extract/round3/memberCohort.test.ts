// Membership the text implies: "as members of ORG, A and B", leaders at a
// meeting of ORG's member states, a member that is not leaving. Invented
// sentences and people.
import { run } from '../helpers';

const members = (text: string): string[] =>
  run(text, '2025-06-12')
    .relations.filter((r) => r.type === 'MEMBER_OF')
    .map((r) => `${r.from}>${r.to}`)
    .sort();

describe('membership implied by context', () => {
  it('takes the countries after "As fellow members of ORG,"', () => {
    expect(
      members('As fellow members of the African Union, Ghana and Kenya share close ties.'),
    ).toEqual(['GHA>AU', 'KEN>AU']);
  });

  it('gives the pair for "As members of ORG, the two countries …"', () => {
    expect(
      members(
        'Ghana and Kenya held talks. As members of the Non-Aligned Movement, the two countries coordinate at the UN.',
      ),
    ).toEqual(['GHA>non-aligned-movement', 'KEN>non-aligned-movement']);
  });

  it("makes each leader at a meeting of ORG's member states a member's leader", () => {
    expect(
      members(
        'Presidents of CSTO member states gathered for a summit in Astana on Monday. Kazakh President Omar Sadyk hosted the summit. Kyrgyz President Ilim Toktor and Russian President Pavel Orlov attended the summit.',
      ),
    ).toEqual(['KAZ>CSTO', 'KGZ>CSTO', 'RUS>CSTO']);
  });

  it('says nothing of attendees when guests or observers were there too', () => {
    expect(
      members(
        'Presidents of the Collective Security Treaty Organization member states and invited guests gathered for a summit in Astana on Monday. Kyrgyz President Ilim Toktor and Serbian President Zoran Ilic attended the summit.',
      ),
    ).toEqual([]);
  });

  it('makes a country that is not considering quitting ORG its member, but not one that left', () => {
    expect(
      members(
        'Belarus said on Tuesday it was not considering quitting the Eurasian Economic Union.',
      ),
    ).toEqual(['BLR>EAEU']);
    expect(members('Mali withdrew from the Economic Community of West African States.')).toEqual(
      [],
    );
  });

  it('reads "among the 15 members of ORG" as membership', () => {
    expect(
      members(
        'Nigeria and Ghana are among the 15 members of the Economic Community of West African States.',
      ),
    ).toEqual(['GHA>ECOWAS', 'NGA>ECOWAS']);
  });

  it('makes the leaders at a session held by ORG speak for members, unless the article names guests', () => {
    const session =
      'The 70th ordinary session of the ECOWAS Authority of Heads of State opened in Abuja on Sunday. It was attended by Ghanaian President Kofi Mensah and Senegalese President Awa Diallo.';
    expect(members(session)).toEqual(['GHA>ECOWAS', 'SEN>ECOWAS']);
    expect(
      members(`${session} Brazilian President Rui Costa attended as a special guest.`),
    ).toEqual([]);
  });

  it('says nothing of attendees at an outreach format ("SCO Plus") or of a country with a stated status', () => {
    expect(
      members(
        'Azerbaijani President Ilham Aliyev arrived in Tianjin to attend the "SCO Plus" meeting of the Shanghai Cooperation Organization.',
      ),
    ).toEqual([]);
    expect(
      members(
        'Azerbaijan is a dialogue partner of the SCO. Azerbaijani President Ilham Aliyev attended the SCO summit in Tianjin.',
      ),
    ).toEqual(['AZE>SCO']);
  });

  it('states the status of an implied membership', () => {
    const x = run(
      'As fellow members of the African Union, Ghana and Kenya share close ties.',
      '2025-06-12',
    );
    expect(x.relations.filter((r) => r.type === 'MEMBER_OF').map((r) => r.status)).toEqual([
      'member',
      'member',
    ]);
  });

  it('makes the countries a new member "joins" members, but not those joined in an act', () => {
    expect(
      members(
        'The East African Community admitted Somalia on Friday. Somalia joins Burundi, Kenya and Uganda in the bloc.',
      ),
    ).toEqual(['BDI>EAC', 'KEN>EAC', 'SOM>EAC', 'UGA>EAC']);
    expect(
      members(
        'The East African Community met in Arusha. Kenya joined Uganda in calling for a ceasefire.',
      ),
    ).toEqual([]);
  });

  it('does not give the article\'s organisation the members another named body "included"', () => {
    expect(
      members(
        'The ECOWAS ministers met in Abuja on Friday. They recalled the Regional Water Council, which included Ghana and Togo as members.',
      ),
    ).toEqual([]);
    expect(
      members('The ECOWAS ministers met in Abuja on Friday. The bloc includes Ghana and Togo.'),
    ).toEqual(['GHA>ECOWAS', 'TGO>ECOWAS']);
  });
});
