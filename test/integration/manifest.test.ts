import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ProcessorBuilder, ValidationTypes } from '@forge/manifest';
import { parse } from 'yaml';

const root = join(__dirname, '..', '..');
const manifestPath = join(root, 'manifest.yml');
const manifestText = readFileSync(manifestPath, 'utf8');

interface Manifest {
  modules: Record<string, Array<Record<string, unknown>>>;
  resources: Array<{ key: string; path: string }>;
  permissions: { scopes: string[]; content?: { styles?: string[] }; external?: { images?: Array<{ address: string }> } };
  app: { runtime: { name: string } };
}
const manifest = parse(manifestText) as Manifest;

async function validate(type: ValidationTypes): Promise<unknown[]> {
  const result = await ProcessorBuilder.instance().withValidation(type).build().process(manifestPath);
  return (result.errors ?? []).map((e) => `${e.message} (line ${e.line})`);
}

describe('manifest.yml', () => {
  it('builds the UI before validating: every resource folder holds an index.html', () => {
    for (const resource of manifest.resources) {
      expect(existsSync(join(root, resource.path, 'index.html'))).toBe(true);
    }
  });

  it('passes @forge/manifest FULL validation with no errors', async () => {
    expect(await validate(ValidationTypes.FULL)).toEqual([]);
  });

  it('passes PRODUCT_TRIGGER validation: the scopes cover the issue events', async () => {
    expect(await validate(ValidationTypes.PRODUCT_TRIGGER)).toEqual([]);
  });

  it('declares every module the product has, on the nodejs22.x runtime', () => {
    expect(Object.keys(manifest.modules).sort()).toEqual(
      ['consumer', 'function', 'jira:adminPage', 'jira:dashboardGadget', 'jira:issuePanel', 'jira:projectPage', 'jira:projectSettingsPage', 'scheduledTrigger', 'trigger'].sort(),
    );
    expect(manifest.app.runtime.name).toBe('nodejs22.x');
    expect(manifest.modules['jira:dashboardGadget']?.[0]?.edit).toEqual({ resource: 'main' });
    // Project admins reach their squads from their project's settings, on the same resource.
    expect(manifest.modules['jira:projectSettingsPage']?.[0]).toMatchObject({ key: 'squadflow-project-settings', resource: 'main', resolver: { function: 'resolver' } });
  });

  it('asks for the minimal scopes and allows Atlaskit inline styles', () => {
    expect([...manifest.permissions.scopes].sort()).toEqual(['read:jira-user', 'read:jira-work', 'storage:app', 'write:jira-work']);
    expect(manifest.permissions.content?.styles).toEqual(['unsafe-inline']);
  });

  it('declares where avatar images come from (Custom UI loads images only from declared domains), and nothing else external', () => {
    expect((manifest.permissions.external?.images ?? []).map((i) => i.address)).toEqual(expect.arrayContaining(['https://secure.gravatar.com', 'https://avatar-management--avatars.us-west-2.prod.public.atl-paas.net', 'https://*.atlassian.net']));
    expect(Object.keys(manifest.permissions.external ?? {})).toEqual(['images']);
  });

  it('names only handlers that src/index.ts exports', () => {
    const index = readFileSync(join(root, 'src', 'index.ts'), 'utf8');
    for (const fn of manifest.modules.function ?? []) {
      const exported = String(fn.handler).replace(/^index\./, '');
      expect(index).toMatch(new RegExp(`export (const|async function|function) ${exported}\\b`));
    }
  });
});
