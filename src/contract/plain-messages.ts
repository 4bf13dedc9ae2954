import type { z } from 'zod';

/** zod's own messages start thus; messages a schema wrote itself are kept as they are. */
const DEFAULT_MESSAGE = /^(Invalid input|Invalid option|Invalid discriminator|Too small|Too big|Invalid string|Invalid element|Invalid key|Invalid value)/;

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a set of keys and values',
  record: 'a set of keys and values',
  literal: 'a fixed value',
};

/**
 * zod's default message for an issue ("Too small: expected number to be >0") as a sentence a
 * Jira admin reads without knowing the validator ("must be more than 0"). Messages the schemas
 * wrote themselves pass unchanged.
 */
export function plainMessage(issue: z.core.$ZodIssue): string {
  if (!DEFAULT_MESSAGE.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      if (/received undefined$/.test(issue.message)) return 'is required';
      return `must be ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'too_small':
      return bound('small', issue.origin, Number(issue.minimum), issue.inclusive ?? true);
    case 'too_big':
      return bound('big', issue.origin, Number(issue.maximum), issue.inclusive ?? true);
    case 'invalid_value':
      return `must be one of ${issue.values.map(String).join(', ')}`;
    case 'invalid_union': {
      const options = (issue as { options?: unknown[] }).options;
      return Array.isArray(options) ? `must be one of ${options.map(String).join(', ')}` : 'does not have any of the accepted shapes';
    }
    case 'invalid_format':
      return 'is not in the expected format';
    case 'invalid_key': {
      // A record key that fails its own check (statusMap.MKT.constructor): say what keys must be.
      const inner = issue.issues[0];
      return inner === undefined ? 'is not a valid key here' : `is not a valid key here: ${plainMessage(inner)}`;
    }
    default:
      return 'is not valid';
  }
}

function bound(side: 'small' | 'big', origin: string, limit: number, inclusive: boolean): string {
  if (origin === 'string') {
    if (side === 'small') return limit <= 1 ? 'must not be empty' : `must be at least ${limit} characters`;
    return `must be at most ${limit} characters`;
  }
  if (origin === 'array' || origin === 'set') {
    if (side === 'small') return limit <= 1 ? 'needs at least one entry' : `needs at least ${limit} entries`;
    return `may have at most ${limit} entries`;
  }
  if (side === 'small') return inclusive ? `must be ${limit} or more` : `must be more than ${limit}`;
  return inclusive ? `must be ${limit} or less` : `must be less than ${limit}`;
}
