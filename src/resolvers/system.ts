import { appInfoPayload, type AppInfoDto } from '../contract/system';
import { defineResolver, type WrappedResolver } from './define-resolver';

export function systemResolvers(): Record<string, WrappedResolver> {
  return {
    'app.info': defineResolver('app.info', appInfoPayload, async (_payload, ctx, deps): Promise<AppInfoDto> => ({
      app: 'SquadFlow',
      version: deps.version,
      moduleKey: ctx.moduleKey ?? null,
      projectKey: ctx.projectKey ?? null,
      mode: deps.mode,
    })),
  };
}
