// type-graphql's hook for @Authorized(Access): applies decideAccess to the
// request's API key and the configuration, and throws the decision's code.
import { GraphQLError } from 'graphql';
import type { AuthCheckerFn } from 'type-graphql';
import type { ApiContext } from '../context';
import type { Access } from './decideAccess';
import { decideAccess } from './decideAccess';

export const authChecker: AuthCheckerFn<ApiContext, Access> = ({ context }, roles) => {
  const access: Access = roles.includes('write') ? 'write' : 'read';
  const decision = decideAccess({
    access,
    presentedKey: context.apiKey,
    configuredKeys: context.config.DIPLOGRAPH_API_KEYS,
    protectReads: context.config.DIPLOGRAPH_PROTECT_READS,
    production: context.config.NODE_ENV === 'production',
  });
  if (!decision.allowed) {
    throw new GraphQLError(decision.reason, { extensions: { code: decision.code } });
  }
  return true;
};
