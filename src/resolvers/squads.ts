import type { WrappedResolver } from './define-resolver';
import { squadReadResolvers } from './squads-read';
import { squadSetupResolvers } from './squads-setup';
import { squadWriteResolvers } from './squads-write';

/** Every `squads.*` resolver: read (list/get/export), write (save/duplicate/delete), setup (Jira reads, validate). */
export function squadResolvers(): Record<string, WrappedResolver> {
  return { ...squadReadResolvers(), ...squadWriteResolvers(), ...squadSetupResolvers() };
}
