// Every relation rule, in one list: adding a rule is a file and a line.
import { attended } from './attended';
import { cooperatesOn } from './cooperatesOn';
import { diplomaticRelations } from './diplomaticRelations';
import { holdsPosition } from './holdsPosition';
import { memberCohort } from './memberCohort';
import { memberList } from './memberList';
import { memberOf } from './memberOf';
import { met } from './met';
import { partnership } from './partnership';
import type { RelationRule } from './relationRule';
import { signed } from './signed';
import { stated } from './stated';
import { supports } from './supports';
import { visited } from './visited';

export const RELATION_RULES: readonly RelationRule[] = [
  holdsPosition,
  met,
  visited,
  signed,
  partnership,
  diplomaticRelations,
  memberOf,
  memberList,
  cooperatesOn,
  supports,
  stated,
  attended,
  // After attended: attending a meeting of member states implies membership.
  memberCohort,
];
