import { useRef, useState } from 'react';
import Button from '@atlaskit/button/new';
import Form, { ErrorMessage, Field, FormFooter, HelperMessage } from '@atlaskit/form';
import Select from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
import { Inline } from '@atlaskit/primitives';
import { PORTFOLIO_PERIOD_LABELS, PORTFOLIO_PERIODS, type PortfolioLayout, type PortfolioPeriod } from '../../../../src/contract/portfolio';
import { PageFrame } from '../../components/page-frame';
import { useHostContext } from '../../host/host-context';
import { closeEditor, submitGadgetConfig } from '../../host/host-actions';
import { InvokeError } from '../../api/invoke-error';
import { useResource } from '../../api/use-resource';
import { ErrorBanner } from '../../components/error-banner';
import { Loading } from '../../components/loading';
import { pairKey, stagePairChoices, toFormValues, toGadgetConfig, validateHeadline, validateRefresh, validateTitle, type GadgetFormValues, type SquadChoice } from './gadget-form';

interface Option<T extends string> {
  value: T;
  label: string;
}

const PERIODS: Option<PortfolioPeriod>[] = PORTFOLIO_PERIODS.map((p) => ({ value: p, label: PORTFOLIO_PERIOD_LABELS[p] }));
const LAYOUTS: Option<PortfolioLayout>[] = [
  { value: 'detailed', label: 'Detailed: funnel, throughput and every figure' },
  { value: 'compact', label: 'Compact: lead time, pilots and demand only' },
];
const OWN_HEADLINE: Option<string> = { value: '', label: "Each squad's headline (idea to pilot by default)" };

/** The form's own values: selects hold their options. */
interface RawValues {
  title: string;
  refresh: string;
  periodOption: Option<PortfolioPeriod> | null;
  headlineOption: Option<string> | null;
  layoutOption: Option<PortfolioLayout> | null;
}

/**
 * The gadget's edit view (Jira opens it from the gadget's menu): title, refresh, squads (none
 * chosen = every squad the viewer may see), period, headline stage pair and layout. Saved with
 * `view.submit`; errors appear under their fields (the form has `noValidate`: no browser bubbles).
 */
export default function GadgetEditPage() {
  const { gadgetConfig } = useHostContext();
  const squads = useResource('squads.list', {});
  return (
    <PageFrame title="Configure SquadFlow portfolio" compact>
      {squads.status === 'loading' && <Loading label="Loading squads…" />}
      {squads.status === 'error' && <ErrorBanner error={squads.error} onRetry={squads.reload} />}
      {squads.status === 'ready' && <SettingsForm initial={toFormValues(gadgetConfig)} squads={squads.data.squads} />}
    </PageFrame>
  );
}

function SettingsForm({ initial, squads }: { initial: GadgetFormValues; squads: SquadChoice[] }) {
  const [failure, setFailure] = useState<InvokeError | null>(null);
  // A saved form is leaving for the gadget view; a second Save (or Enter) in that moment would post again, only to be cut off by the navigation.
  const saved = useRef(false);
  const [squadIds, setSquadIds] = useState<string[]>(initial.squadIds.filter((id) => squads.some((s) => s.id === id)));
  const squadOptions: Option<string>[] = squads.map((s) => ({ value: s.id, label: s.name }));
  const pairOptions: Option<string>[] = [OWN_HEADLINE, ...stagePairChoices(squads, squadIds).map((p) => ({ value: pairKey(p), label: `${p.from} → ${p.to}` }))];

  const onSubmit = async (raw: RawValues): Promise<void> => {
    if (saved.current) return;
    setFailure(null);
    const values: GadgetFormValues = {
      title: raw.title,
      refresh: raw.refresh,
      squadIds,
      period: raw.periodOption?.value ?? initial.period,
      headline: raw.headlineOption?.value ?? '',
      layout: raw.layoutOption?.value ?? initial.layout,
    };
    try {
      await submitGadgetConfig({ ...toGadgetConfig(values) });
      saved.current = true;
    } catch (err) {
      setFailure(new InvokeError('view.submit', { code: 'INTERNAL', message: err instanceof Error ? err.message : String(err) }));
    }
  };

  return (
    <>
      {failure && <ErrorBanner error={failure} />}
      <Form<RawValues> onSubmit={onSubmit}>
        {({ formProps, submitting }) => (
          <form {...formProps} noValidate data-testid="gadget-edit-form">
            <Field<string> name="title" label="Title" isRequired defaultValue={initial.title} validate={validateTitle}>
              {({ fieldProps, error }) => (
                <>
                  {/* Required is shown by the label and said by aria-required; no `required` attribute, so no browser bubble either. */}
                  <Textfield {...fieldProps} isRequired={false} aria-required testId="gadget-title" />
                  {error ? <ErrorMessage>{error}</ErrorMessage> : <HelperMessage>Shown at the top of the gadget.</HelperMessage>}
                </>
              )}
            </Field>
            <Field<readonly Option<string>[]> name="squads" label="Squads" defaultValue={squadOptions.filter((o) => squadIds.includes(o.value))}>
              {({ fieldProps: { onChange, ...rest } }) => (
                <>
                  <Select<Option<string>, true>
                    {...rest}
                    inputId="gadget-squads"
                    isMulti
                    options={squadOptions}
                    placeholder="All squads you may see"
                    onChange={(chosen) => {
                      onChange(chosen);
                      setSquadIds(chosen.map((c) => c.value));
                    }}
                    testId="gadget-squads"
                  />
                  <HelperMessage>Leave empty to show every squad each viewer may see, including squads added later.</HelperMessage>
                </>
              )}
            </Field>
            <Field<Option<PortfolioPeriod> | null> name="periodOption" label="Period" defaultValue={PERIODS.find((p) => p.value === initial.period) ?? null}>
              {({ fieldProps }) => (
                <>
                  <Select<Option<PortfolioPeriod>, false> {...fieldProps} inputId="gadget-period" options={PERIODS} testId="gadget-period" />
                  <HelperMessage>Relative, so it moves on by itself; trends compare with the same number of days before.</HelperMessage>
                </>
              )}
            </Field>
            <Field<Option<string> | null>
              name="headlineOption"
              label="Headline lead time"
              defaultValue={pairOptions.find((p) => p.value === initial.headline) ?? OWN_HEADLINE}
              validate={(o) => validateHeadline(o?.value ?? '', squads, squadIds)}
            >
              {({ fieldProps, error }) => (
                <>
                  <Select<Option<string>, false> {...fieldProps} inputId="gadget-headline" options={pairOptions} testId="gadget-headline" />
                  {error ? <ErrorMessage testId="gadget-headline-error">{error}</ErrorMessage> : <HelperMessage>From entering the first stage to entering the second.</HelperMessage>}
                </>
              )}
            </Field>
            <Field<Option<PortfolioLayout> | null> name="layoutOption" label="Layout" defaultValue={LAYOUTS.find((l) => l.value === initial.layout) ?? null}>
              {({ fieldProps }) => <Select<Option<PortfolioLayout>, false> {...fieldProps} inputId="gadget-layout" options={LAYOUTS} testId="gadget-layout" />}
            </Field>
            <Field<string> name="refresh" label="Refresh every (minutes)" isRequired defaultValue={initial.refresh} validate={validateRefresh}>
              {({ fieldProps, error }) => (
                <>
                  <Textfield {...fieldProps} isRequired={false} aria-required inputMode="numeric" testId="gadget-refresh" />
                  {error && <ErrorMessage>{error}</ErrorMessage>}
                </>
              )}
            </Field>
            <FormFooter>
              <Inline space="space.100">
                <Button appearance="subtle" onClick={() => void closeEditor()}>
                  Cancel
                </Button>
                <Button type="submit" appearance="primary" isLoading={submitting} testId="gadget-save">
                  Save
                </Button>
              </Inline>
            </FormFooter>
          </form>
        )}
      </Form>
    </>
  );
}
