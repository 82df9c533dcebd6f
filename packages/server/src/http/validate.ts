import type { ErrorCode } from '@urcard/sdk';
import { createMiddleware } from 'hono/factory';
import type { z } from 'zod/mini';
import { ApiError } from '../errors.ts';
import { readJsonBody } from './body.ts';
import type { AppEnv } from './env.ts';

type RawIssue = z.core.$ZodRawIssue;
type Issue = z.core.$ZodIssue;

/** zod/mini carries no messages; this says what was expected, never echoing the value (it may be a PIN). */
function issueMessage(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `required (${issue.expected})` : `expected ${issue.expected}`;
    case 'invalid_value':
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' | ')}`;
    case 'unrecognized_keys':
      return `unknown ${issue.keys.length === 1 ? 'field' : 'fields'} ${issue.keys.join(', ')}`;
    case 'too_small':
      return `expected ${issue.origin === 'string' || issue.origin === 'array' ? 'length ' : ''}>= ${String(issue.minimum)}`;
    case 'too_big':
      return `expected ${issue.origin === 'string' || issue.origin === 'array' ? 'length ' : ''}<= ${String(issue.maximum)}`;
    case 'invalid_format':
      return issue.format === 'regex' ? 'not in the expected format' : `expected a valid ${issue.format}`;
    case 'invalid_union':
      return 'matches none of the accepted shapes';
    default:
      return undefined;
  }
}

/** The issues of the union branch that came closest (fewest issues), so the answer names a real field. */
function closest(issue: Issue): Issue[] {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
  const best = [...issue.errors].sort((a, b) => a.length - b.length)[0]!;
  return best.flatMap((inner) => closest({ ...inner, path: [...issue.path, ...inner.path] } as Issue));
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function codeFor(field: string, issue: Issue, input: unknown): ErrorCode {
  if (field === 'cardNumber' || field.startsWith('cardNumber.')) return 'invalid_card_number';
  const given = valueAt(input, issue.path);
  if (field === 'currency' && issue.code === 'invalid_value' && typeof given === 'string')
    return 'currency_unsupported';
  return 'invalid_request';
}

/**
 * Parses a request part with the contract's schema. On failure answers `invalid_request` naming the first wrong
 * field (`invalid_card_number` for the card number, `currency_unsupported` for a currency we do not price in).
 */
export function parseInput<S extends z.ZodMiniType>(schema: S, value: unknown, part: 'body' | 'query'): z.output<S> {
  const result = schema.safeParse(value, { error: issueMessage });
  if (result.success) return result.data;
  const issues = result.error.issues.flatMap(closest);
  const first = issues[0];
  if (!first) throw new ApiError('invalid_request', `Invalid request ${part}`);
  const field = first.path.map(String).join('.');
  if (first.code === 'unrecognized_keys' && field === '') {
    const keys = first.keys;
    throw new ApiError('invalid_request', `Unknown ${part} field${keys.length > 1 ? 's' : ''} ${keys.join(', ')}`, {
      field: keys[0],
    });
  }
  const code = codeFor(field, first, value);
  const message =
    code === 'currency_unsupported'
      ? `currency: we price in ${(first as z.core.$ZodIssueInvalidValue).values.join(', ')}`
      : `${field || part}: ${valueAt(value, first.path) === undefined && field ? 'required' : first.message}`;
  throw new ApiError(code, message, field ? { field } : {});
}

/** Sets `c.var.query`: the query string parsed with the route's schema. */
export const parseQuery = (schema: z.ZodMiniType) =>
  createMiddleware<AppEnv>(async (c, next) => {
    c.set('query', parseInput(schema, c.req.query(), 'query'));
    await next();
  });

/** Sets `c.var.body`: the JSON body parsed with the route's schema. */
export const parseBody = (schema: z.ZodMiniType) =>
  createMiddleware<AppEnv>(async (c, next) => {
    c.set('body', parseInput(schema, await readJsonBody(c), 'body'));
    await next();
  });
