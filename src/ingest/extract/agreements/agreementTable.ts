// The agreement vocabulary of data/rules/agreements.json.
import { ruleTable } from '../ruleTable';

export interface AgreementTable {
  heads: string[];
  genericOnly: string[];
  premodifiers: string[];
  continuers: string[];
  boundaries: string[];
  plainAdjectives: string[];
  vagueWords: string[];
  notDescribing: string[];
  describedAfter: string[];
  purposeVerbs: string[];
  signVerbs: string[];
  unrealisedBefore: string[];
  unrealisedAfter: string[];
}

export function agreementTable(): AgreementTable {
  return ruleTable<AgreementTable>('agreements');
}
