import { registerEnumType } from 'type-graphql';

export const IngestStatus = {
  NEW: 'new',
  UNCHANGED: 'unchanged',
  REPLACED: 'replaced',
  FAILED: 'failed',
} as const;

registerEnumType(IngestStatus, {
  name: 'IngestStatus',
  description:
    'NEW: stored for the first time; UNCHANGED: already stored with the same extraction; ' +
    'REPLACED: an earlier version (same URL, or same source, title and day) was replaced; ' +
    'FAILED: not stored (see error).',
});
