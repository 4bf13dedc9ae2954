import Select from '@atlaskit/select';

export interface Choice<T extends string> {
  value: T;
  label: string;
}

interface ChoiceSelectProps<T extends string> {
  inputId: string;
  choices: ReadonlyArray<Choice<T>>;
  value: T | null;
  onChange: (value: T) => void;
  placeholder?: string;
  isDisabled?: boolean;
}

/** A single-choice Atlaskit Select over string values, compact for table rows. */
export function ChoiceSelect<T extends string>({ inputId, choices, value, onChange, placeholder, isDisabled = false }: ChoiceSelectProps<T>) {
  return (
    <Select<Choice<T>, false>
      inputId={inputId}
      spacing="compact"
      options={choices}
      value={choices.find((c) => c.value === value) ?? null}
      onChange={(c) => c && onChange(c.value)}
      placeholder={placeholder ?? 'Choose…'}
      isDisabled={isDisabled}
      isSearchable={choices.length > 8}
      // Fixed menus escape the table rows' overflow clipping.
      menuPosition="fixed"
    />
  );
}
