import { isChoiceField, type JiraFieldInfo } from './fields';

const field = (id: string, schema: JiraFieldInfo['schema']): JiraFieldInfo => ({ id, name: id, schema });

describe('isChoiceField (what a discipline may come from, issue 12.5)', () => {
  it.each([
    ['single select', field('customfield_1', { type: 'option', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:select' })],
    ['radio buttons', field('customfield_2', { type: 'option', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:radiobuttons' })],
    ['multi select', field('customfield_3', { type: 'array', items: 'option' })],
    ['cascading select', field('customfield_4', { type: 'option-with-child' })],
    ['labels', field('labels', { type: 'array', items: 'string', system: 'labels' })],
    ['a labels custom field', field('customfield_5', { type: 'array', items: 'string', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:labels' })],
    ['components', field('components', { type: 'array', items: 'component', system: 'components' })],
  ])('accepts %s', (_name, f) => expect(isChoiceField(f)).toBe(true));

  it.each([
    ['summary', field('summary', { type: 'string', system: 'summary' })],
    ['description', field('description', { type: 'string', system: 'description' })],
    ['a text custom field', field('customfield_6', { type: 'string', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:textfield' })],
    ['a multi-line list of strings that is not labels', field('customfield_7', { type: 'array', items: 'string' })],
    ['assignee', field('assignee', { type: 'user', system: 'assignee' })],
    ['a number', field('customfield_10016', { type: 'number' })],
    ['a field without schema', field('customfield_8', undefined)],
  ])('refuses %s', (_name, f) => expect(isChoiceField(f)).toBe(false));
});
