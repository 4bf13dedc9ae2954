import { PEOPLE } from './people';
import { SECURITY_RESTRICTED } from './statuses';
import type { ProjectDef } from './types';
import { IT_WORKFLOW, MKT_WORKFLOW } from './workflows';

export const MKT: ProjectDef = {
  id: '10000',
  key: 'MKT',
  name: 'Marketing',
  description: 'Campaign ideas, briefs, prototypes and pilots of the marketing team.',
  projectTypeKey: 'business',
  leadAccountId: PEOPLE.mark.accountId,
  components: [
    { id: '10000', name: 'Campaigns', description: 'Paid and owned campaigns.' },
    { id: '10001', name: 'Content', description: 'Articles, videos, newsletters.' },
    { id: '10002', name: 'Brand', description: 'Visual identity and tone.' },
  ],
  workflow: MKT_WORKFLOW,
  securityLevelIds: [],
};

export const IT: ProjectDef = {
  id: '10001',
  key: 'IT',
  name: 'IT Delivery',
  description: 'Software delivery for the marketing–IT squad.',
  projectTypeKey: 'software',
  leadAccountId: PEOPLE.carol.accountId,
  components: [
    { id: '10010', name: 'Web', description: 'Website and landing pages.' },
    { id: '10011', name: 'Data', description: 'Tracking, analytics, data pipelines.' },
    { id: '10012', name: 'CRM', description: 'CRM integration and automation.' },
  ],
  workflow: IT_WORKFLOW,
  securityLevelIds: [SECURITY_RESTRICTED],
};

export const PROJECTS: readonly ProjectDef[] = [MKT, IT];

export function projectByKey(key: string): ProjectDef | undefined {
  return PROJECTS.find((p) => p.key === key);
}
