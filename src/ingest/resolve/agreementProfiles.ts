// What an extraction says about each agreement it names: its forms, the
// parties PARTY_TO it and the years of its PARTY_TO/SIGNED facts.
import type { Extraction } from '../types';
import type { AgreementProfile } from './matchAgreement';

export function agreementProfiles(extraction: Extraction): AgreementProfile[] {
  return extraction.entities
    .filter((entity) => entity.kind === 'Agreement')
    .map((entity) => {
      const touching = extraction.relations.filter(
        (relation) =>
          relation.to === entity.id && (relation.type === 'PARTY_TO' || relation.type === 'SIGNED'),
      );
      const parties = touching
        .filter((relation) => relation.type === 'PARTY_TO')
        .map((relation) => relation.from);
      const years = touching
        .map((relation) => relation.date?.slice(0, 4))
        .filter((year): year is string => year !== undefined && /^\d{4}$/.test(year));
      return {
        id: entity.id,
        names: [entity.name, ...entity.aliases],
        parties: [...new Set(parties)].sort(),
        years: [...new Set(years)].sort(),
      };
    });
}
