import { ISSUE_TYPE } from './catalog';
import type { Rng } from './prng';

const MKT_ACTIONS = ['Test', 'Launch', 'Refresh', 'Pilot', 'Personalise', 'Automate', 'Localise', 'Shorten', 'Redesign'];
const MKT_OBJECTS = [
  'spring campaign landing page', 'newsletter sign-up flow', 'loyalty e-mail journey', 'product comparison page',
  'webinar registration', 'retargeting audience', 'trade-show lead capture', 'referral programme',
  'pricing page copy', 'onboarding video', 'social proof banner', 'partner co-marketing kit',
];
const IT_ACTIONS = ['Build', 'Integrate', 'Migrate', 'Instrument', 'Harden', 'Speed up', 'Expose', 'Clean up'];
const IT_OBJECTS = [
  'CRM lead sync', 'consent management API', 'event tracking pipeline', 'CMS preview service',
  'A/B test flag service', 'marketing data warehouse model', 'SSO for the partner portal',
  'web analytics tag manager', 'campaign attribution job', 'image CDN', 'form spam filter', 'GDPR export',
];
const EPIC_THEMES = ['Customer journey 2.0', 'Data-driven campaigns', 'Self-service onboarding', 'Partner growth', 'Website relaunch', 'Martech consolidation'];

/** A plausible summary; the same seed gives the same text. */
export function summaryFor(rng: Rng, projectKey: string, issueTypeId: string): string {
  if (issueTypeId === ISSUE_TYPE.epic) return `${rng.pick(EPIC_THEMES)}: ${projectKey === 'MKT' ? 'marketing' : 'IT'} track`;
  const [actions, objects] = projectKey === 'MKT' ? [MKT_ACTIONS, MKT_OBJECTS] : [IT_ACTIONS, IT_OBJECTS];
  const prefix = issueTypeId === ISSUE_TYPE.experiment ? 'Experiment: ' : '';
  return `${prefix}${rng.pick(actions)} ${rng.pick(objects)}`;
}

export const OTHER_LABELS: Readonly<Record<string, readonly string[]>> = {
  MKT: ['campaign', 'seo', 'social', 'email', 'q3-launch', 'brand-refresh'],
  IT: ['tech-debt', 'security', 'performance', 'analytics', 'integration', 'q3-launch'],
};
