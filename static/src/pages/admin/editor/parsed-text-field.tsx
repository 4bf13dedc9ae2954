import { useState, type ReactNode } from 'react';
import Textfield from '@atlaskit/textfield';
import { FormField } from './form-field';

interface ParsedTextFieldProps<T> {
  id: string;
  label: string;
  error: string | undefined;
  helper?: ReactNode;
  /** The value as first shown (the draft's, formatted). */
  initialText: string;
  parse: (text: string) => T;
  onParsed: (value: T) => void;
  placeholder?: string;
  inputMode?: 'numeric' | 'decimal';
  elemAfterInput?: ReactNode;
}

/**
 * A text box whose text is kept as typed ("2025-12-25, " mid-edit) while the draft receives the
 * parsed value; a part that does not parse stays in the value so the schema names its place.
 */
export function ParsedTextField<T>({ id, label, error, helper, initialText, parse, onParsed, placeholder, inputMode, elemAfterInput }: ParsedTextFieldProps<T>) {
  const [text, setText] = useState(initialText);
  return (
    <FormField id={id} label={label} error={error} helper={helper}>
      <Textfield
        id={id}
        isCompact
        value={text}
        placeholder={placeholder}
        inputMode={inputMode}
        elemAfterInput={elemAfterInput}
        onChange={(e) => {
          setText(e.currentTarget.value);
          onParsed(parse(e.currentTarget.value));
        }}
      />
    </FormField>
  );
}
