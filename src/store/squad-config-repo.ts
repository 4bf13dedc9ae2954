import { squadConfigSchema, type SquadConfig } from '../contract/squad-config';
import type { KeyValueStore } from '../ports/key-value-store';
import { keys } from './keys';

/**
 * Squad configurations in the store: one key per squad plus an index of IDs (KVS `query` is only
 * eventually consistent, so listing reads the index, which `get` reads consistently).
 */
export class SquadConfigRepo {
  constructor(private readonly store: KeyValueStore) {}

  async list(): Promise<SquadConfig[]> {
    const ids = await this.ids();
    const configs = await Promise.all(ids.map((id) => this.get(id)));
    return configs.filter((c): c is SquadConfig => c !== undefined);
  }

  /** Reads and re-validates a stored config; a corrupt value is an error naming the squad. */
  async get(id: string): Promise<SquadConfig | undefined> {
    const raw = await this.store.get(keys.squadConfig(id));
    if (raw === undefined) return undefined;
    const parsed = squadConfigSchema.safeParse(raw);
    if (!parsed.success) throw new Error(`Stored configuration of squad "${id}" is invalid: ${parsed.error.message}`);
    return parsed.data;
  }

  /** Writes the config first, then the index, so a reader never finds an ID without its config. */
  async save(config: SquadConfig): Promise<void> {
    await this.store.set(keys.squadConfig(config.id), config);
    const ids = await this.ids();
    if (!ids.includes(config.id)) await this.store.set(keys.squadIndex(), [...ids, config.id].sort());
  }

  async delete(id: string): Promise<void> {
    const ids = await this.ids();
    await this.store.set(keys.squadIndex(), ids.filter((i) => i !== id));
    await this.store.delete(keys.squadConfig(id));
  }

  private async ids(): Promise<string[]> {
    return (await this.store.get<string[]>(keys.squadIndex())) ?? [];
  }
}
