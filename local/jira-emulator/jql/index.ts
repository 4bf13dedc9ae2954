export { compileJql, type CompiledJql } from './compile';
export type { JqlContext } from './context';
export { JqlError } from './jql-error';
export { parseJql } from './parse';
