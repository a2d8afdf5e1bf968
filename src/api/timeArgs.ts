// The descriptions of the two time arguments every read takes (docs/time.md),
// stated once for the argument and input classes that declare them.
export const AS_OF_DESCRIPTION =
  'Only what was so at this date (any precision): events that happened by its end, states that held during it.';

export const AS_KNOWN_AT_DESCRIPTION =
  'System time: the facts the graph had learnt by this moment (recordedAt). Facts retracted ' +
  'since are not brought back, and facts show their current summary.';
