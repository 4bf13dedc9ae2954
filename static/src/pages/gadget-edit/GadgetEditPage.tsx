import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Form, { ErrorMessage, Field, FormFooter, HelperMessage } from '@atlaskit/form';
import Textfield from '@atlaskit/textfield';
import { Inline } from '@atlaskit/primitives';
import { PageFrame } from '../../components/page-frame';
import { useHostContext } from '../../host/host-context';
import { closeEditor, submitGadgetConfig } from '../../host/host-actions';
import { InvokeError } from '../../api/invoke-error';
import { ErrorBanner } from '../../components/error-banner';
import { toFormValues, toGadgetConfig, validateRefresh, validateTitle, type GadgetFormValues } from './gadget-form';

/** The gadget's edit view: Jira shows it from the gadget menu; saving returns to the view. */
export default function GadgetEditPage() {
  const { gadgetConfig } = useHostContext();
  const initial = toFormValues(gadgetConfig);
  const [failure, setFailure] = useState<InvokeError | null>(null);

  const onSubmit = async (values: GadgetFormValues): Promise<void> => {
    setFailure(null);
    try {
      await submitGadgetConfig({ ...toGadgetConfig(values) });
    } catch (err) {
      setFailure(new InvokeError('view.submit', { code: 'INTERNAL', message: err instanceof Error ? err.message : String(err) }));
    }
  };

  return (
    <PageFrame title="Configure SquadFlow portfolio" compact>
      {failure && <ErrorBanner error={failure} />}
      <Form<GadgetFormValues> onSubmit={onSubmit}>
        {({ formProps, submitting }) => (
          <form {...formProps} data-testid="gadget-edit-form">
            <Field<string> name="title" label="Title" isRequired defaultValue={initial.title} validate={validateTitle}>
              {({ fieldProps, error }) => (
                <>
                  <Textfield {...fieldProps} testId="gadget-title" />
                  {error ? <ErrorMessage>{error}</ErrorMessage> : <HelperMessage>Shown at the top of the gadget.</HelperMessage>}
                </>
              )}
            </Field>
            <Field<string> name="refresh" label="Refresh every (minutes)" isRequired defaultValue={initial.refresh} validate={validateRefresh}>
              {({ fieldProps, error }) => (
                <>
                  <Textfield {...fieldProps} inputMode="numeric" testId="gadget-refresh" />
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
    </PageFrame>
  );
}
