// Attendance rosters as communiqués print them: one item per line under a
// header, a country label before each person, a title on the line after the
// name; and collectives listed "in attendance". Invented people throughout.
import { run } from '../helpers';

const PUB = '2025-06-12';
const attendees = (text: string): string[] =>
  run(text, PUB)
    .relations.filter((r) => r.type === 'ATTENDED')
    .map((r) => r.from)
    .sort();
const holders = (text: string): string[] =>
  run(text, PUB)
    .relations.filter((r) => r.type === 'HOLDS_POSITION')
    .map((r) => `${r.from}>${r.to}:${r.role ?? ''}`)
    .sort();

const LABELLED = [
  'The 30th summit of the Southern African Development Community was held in Lusaka on Monday.',
  'The summit was attended by the following Heads of State and Government:',
  'Kenya: H.E. President Amina Otieno',
  'Uganda: Honourable Mr. Joseph Kato, Minister of Foreign Affairs',
  'The summit closed on Tuesday.',
].join('\n');

const TITLED = [
  'The 160th session of the Ministerial Council of the Gulf Cooperation Council opened in Riyadh on Monday with the participation of:',
  'His Excellency Mr Omar bin Khalid Al Harbi,',
  'Minister of Foreign Affairs of the Kingdom of Bahrain',
  'His Highness Prince Fahd bin Saad Al Faisal,',
  'Minister of Foreign Affairs of the Kingdom of Saudi Arabia',
  'The council adopted a statement on regional security.',
].join('\n');

describe('attendance rosters', () => {
  it('gives each "Country: Title Name" line its country and attendance', () => {
    expect(holders(LABELLED)).toEqual([
      'amina-otieno>KEN:President',
      'joseph-kato>UGA:Minister of Foreign Affairs',
    ]);
    expect(attendees(LABELLED)).toEqual(['amina-otieno', 'joseph-kato']);
  });

  it('reads past the title line under each name', () => {
    expect(attendees(TITLED)).toEqual(['fahd-bin-saad-al-faisal', 'omar-bin-khalid-al-harbi']);
  });

  it('names the event after its body, "of the" included', () => {
    const events = run(TITLED, PUB)
      .entities.filter((e) => e.kind === 'Event')
      .map((e) => e.name);
    expect(events).toEqual([
      '160th session of the Ministerial Council of the Gulf Cooperation Council',
    ]);
  });

  it('finds the people of "Leaders in attendance included A of X, B of Y"', () => {
    const x = run(
      'The summit of the Southern African Development Community opened in Lusaka on Monday. Leaders in attendance included Amina Otieno of Kenya and Joseph Kato of Uganda.',
      PUB,
    );
    expect(
      x.entities
        .filter((e) => e.kind === 'Person')
        .map((e) => e.id)
        .sort(),
    ).toEqual(['amina-otieno', 'joseph-kato']);
  });
});
