import { z } from 'zod';

export const appInfoPayload = z.object({}).strict();

export interface AppInfoDto {
  app: 'SquadFlow';
  version: string;
  moduleKey: string | null;
  projectKey: string | null;
  /** Which Jira the resolvers talk to: Forge's host, the local emulator or a real site via API token. */
  mode: 'forge' | 'emulator' | 'site';
}

/** Resolver keys → payload/answer types, for the UI's typed invoke. */
export interface SystemFunctions {
  'app.info': { payload: z.input<typeof appInfoPayload>; data: AppInfoDto };
}
