import type { ReactNode } from 'react';
import { ErrorMessage, HelperMessage, Label, RequiredAsterisk } from '@atlaskit/form';
import { Box, xcss } from '@atlaskit/primitives';

const field = xcss({ marginBlockStart: 'space.100' });

interface FormFieldProps {
  /** The control's element id; the message gets `${id}-message` for aria-describedby. */
  id: string;
  label: string;
  isRequired?: boolean;
  /** A problem from the schema or the resolver for this field; replaces the helper text. */
  error?: string | undefined;
  helper?: ReactNode;
  children: ReactNode;
}

/**
 * One labelled control with its field-level message, laid out as Atlaskit's `Field` does. The
 * editor keeps the whole config in state (so untouched settings round-trip), hence controlled
 * controls here rather than Field's own form state.
 */
export function FormField({ id, label, isRequired = false, error, helper, children }: FormFieldProps) {
  return (
    <Box xcss={field}>
      <Label htmlFor={id}>
        {label}
        {isRequired && <RequiredAsterisk />}
      </Label>
      {children}
      <span id={`${id}-message`}>
        {error !== undefined ? <ErrorMessage testId={`${id}-error`}>{error}</ErrorMessage> : helper !== undefined ? <HelperMessage>{helper}</HelperMessage> : null}
      </span>
    </Box>
  );
}
