/**
 * A value outside what the engine accepts, naming the input field it came from (dotted, as in a
 * payload: `forecast.targetDate`), so callers can answer BAD_REQUEST beside that field.
 */
export class FieldRangeError extends RangeError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'FieldRangeError';
  }
}
