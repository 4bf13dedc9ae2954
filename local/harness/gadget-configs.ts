import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** A gadget instance's ID in the harness (`?gadget=`), as Jira's `extension.gadget.id`. */
export const GADGET_ID = /^[A-Za-z0-9_-]{1,40}$/;
/** Largest configuration the harness keeps for one gadget (a few settings; Jira refuses far less than a page of JSON). */
export const GADGET_CONFIG_MAX_BYTES = 16 * 1024;

export type GadgetConfig = Record<string, unknown>;
export type SaveResult = { ok: true } | { ok: false; message: string };

const isRecord = (v: unknown): v is GadgetConfig => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The dashboard's side of `view.submit`: Jira keeps each gadget's configuration on the dashboard
 * (shared by everyone who views it, not per browser) and hands it back as
 * `extension.gadgetConfiguration`, both to the page (`view.getContext()`) and to every resolver
 * call. The harness does the same: configurations live here, in memory and, with a data
 * directory, in `gadgets.json` beside the stored squads, so a dashboard survives a restart.
 */
export class GadgetConfigs {
  private readonly configs = new Map<string, GadgetConfig>();

  constructor(private readonly file: string | null) {
    if (file === null) return;
    try {
      const saved: unknown = JSON.parse(readFileSync(file, 'utf8'));
      if (isRecord(saved)) for (const [id, config] of Object.entries(saved)) if (GADGET_ID.test(id) && isRecord(config)) this.configs.set(id, config);
    } catch {
      // No file yet (or an unreadable one): every gadget starts unconfigured, as a new one does.
    }
  }

  /** The saved configuration of a gadget; null for one nobody configured yet. */
  get(gadgetId: string): GadgetConfig | null {
    return this.configs.get(gadgetId) ?? null;
  }

  /**
   * Saves what the edit view submitted, as Jira does: any JSON object; `refresh`, which Jira reads
   * itself (minutes between automatic refreshes), must be a positive integer.
   */
  save(gadgetId: string, config: unknown): SaveResult {
    if (!GADGET_ID.test(gadgetId)) return { ok: false, message: `"${gadgetId.slice(0, 60)}" is not a gadget ID (1-40 letters, digits, _ or -).` };
    if (!isRecord(config)) return { ok: false, message: 'view.submit takes an object of settings.' };
    const refresh = config['refresh'];
    if (refresh !== undefined && !(typeof refresh === 'number' && Number.isInteger(refresh) && refresh > 0)) return { ok: false, message: 'refresh must be a positive whole number of minutes.' };
    const bytes = Buffer.byteLength(JSON.stringify(config), 'utf8');
    if (bytes > GADGET_CONFIG_MAX_BYTES) return { ok: false, message: `A gadget configuration of ${bytes} bytes is too large (at most ${GADGET_CONFIG_MAX_BYTES}).` };
    this.configs.set(gadgetId, config);
    this.persist();
    return { ok: true };
  }

  private persist(): void {
    if (this.file === null) return;
    mkdirSync(dirname(this.file), { recursive: true });
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify(Object.fromEntries(this.configs), null, 1));
    renameSync(tmp, this.file);
  }
}
