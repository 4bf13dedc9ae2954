import type { AppInfoDto } from '../contract/system';
import { defineResolver, type ResolverGroup } from './define-resolver';

export function systemResolvers(): ResolverGroup<'app.info'> {
  return {
    'app.info': defineResolver('app.info', async (_payload, ctx, deps): Promise<AppInfoDto> => ({
      app: 'SquadFlow',
      version: deps.version,
      moduleKey: ctx.moduleKey ?? null,
      projectKey: ctx.projectKey ?? null,
      mode: deps.mode,
    })),
  };
}
