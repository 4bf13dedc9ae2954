import type { ErrorCode } from '../../../src/contract';

/**
 * Every error code, typed against the contract's union so a new code fails to compile here. The
 * UI checks codes with this instead of importing `ERROR_CODES` at run time, which would pull zod
 * (src/contract/result.ts defines a schema beside it) into every page's bundle.
 */
const KNOWN: Record<ErrorCode, true> = {
  BAD_REQUEST: true,
  UNKNOWN_FUNCTION: true,
  UNAUTHENTICATED: true,
  FORBIDDEN: true,
  NOT_FOUND: true,
  CONFLICT: true,
  RATE_LIMITED: true,
  JIRA_ERROR: true,
  TIMEOUT: true,
  INTERNAL: true,
};

export const isErrorCode = (code: unknown): code is ErrorCode => typeof code === 'string' && Object.hasOwn(KNOWN, code);
