import { currentHolders } from '../../../src/api/officials/currentHolders';
import { fact } from './records';

const position = (person: string, role: string, date: string | null, hosts: string[] = []) => ({
  position: fact('HOLDS_POSITION', person, 'CHN', date, { role, key: `${person}|${role}` }),
  accreditations: hosts.map((host) =>
    fact('ACCREDITED_TO', person, host, date, { role, key: `${person}|${host}` }),
  ),
});

describe('currentHolders', () => {
  it('keeps the holder of each title seen most recently', () => {
    const holders = currentHolders([
      position('old-minister', 'Foreign Minister', '2019'),
      position('minister', 'Foreign Minister', '2023-01'),
      position('president', 'President', '2013'),
    ]);
    expect(holders.map((h) => h.position.from)).toEqual(['minister', 'president']);
  });

  it('compares titles case-insensitively', () => {
    const holders = currentHolders([
      position('a', 'foreign minister', '2020'),
      position('b', 'Foreign Minister', '2024'),
    ]);
    expect(holders.map((h) => h.position.from)).toEqual(['b']);
  });

  it('keeps one envoy per host country', () => {
    const holders = currentHolders([
      position('lu', 'Ambassador', '2025', ['AZE']),
      position('earlier', 'Ambassador', '2019', ['AZE']),
      position('other', 'Ambassador', '2018', ['KAZ']),
    ]);
    expect(holders.map((h) => h.position.from)).toEqual(['lu', 'other']);
  });

  it('keeps everyone seen on the same latest date, and undated holders only alone', () => {
    expect(
      currentHolders([position('a', 'Minister', '2025'), position('b', 'Minister', '2025')]).map(
        (h) => h.position.from,
      ),
    ).toEqual(['a', 'b']);
    expect(
      currentHolders([position('u', 'Minister', null), position('d', 'Minister', '2001')]).map(
        (h) => h.position.from,
      ),
    ).toEqual(['d']);
  });
});
