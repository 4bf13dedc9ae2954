import type { ResolverGroup } from './define-resolver';
import { squadReadResolvers } from './squads-read';
import { squadSetupResolvers } from './squads-setup';
import { squadWriteResolvers } from './squads-write';

type SquadKey = 'squads.list' | 'squads.get' | 'squads.export' | 'squads.save' | 'squads.duplicate' | 'squads.delete' | 'squads.searchProjects' | 'squads.projectStatuses' | 'squads.validate';

/** Every `squads.*` resolver: read (list/get/export), write (save/duplicate/delete), setup (Jira reads, validate). */
export function squadResolvers(): ResolverGroup<SquadKey> {
  return { ...squadReadResolvers(), ...squadWriteResolvers(), ...squadSetupResolvers() };
}
