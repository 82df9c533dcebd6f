import * as z from 'zod/mini';

/**
 * zod/mini ships no messages ("Invalid input" for everything) to stay small. This per-parse error map says
 * what was expected, for the issues that have no message of their own in the contract. It never repeats the
 * input's value: it may be a PIN, a card number or a token.
 */
function issueMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `required (${issue.expected})`
        : `expected ${issue.expected}, got ${kindOf(issue.input)}`;
    case 'invalid_value':
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' | ')}`;
    case 'unrecognized_keys':
      return `unknown ${issue.keys.length === 1 ? 'key' : 'keys'} ${issue.keys.join(', ')}`;
    case 'too_small':
      return `expected ${issue.origin === 'string' || issue.origin === 'array' ? 'length ' : ''}${issue.inclusive === false ? '>' : '>='} ${String(issue.minimum)}`;
    case 'too_big':
      return `expected ${issue.origin === 'string' || issue.origin === 'array' ? 'length ' : ''}${issue.inclusive === false ? '<' : '<='} ${String(issue.maximum)}`;
    case 'invalid_format':
      return `expected ${issue.format === 'regex' ? `to match ${String(issue.pattern)}` : `a valid ${issue.format}`}`;
    case 'not_multiple_of':
      return `expected a multiple of ${String(issue.divisor)}`;
    case 'invalid_union':
      return `matches none of the accepted shapes: ${issue.errors
        .map((branch) => branch.map((i) => (i.path.length ? `${pathOf(i.path)}: ${i.message}` : i.message)).join(', '))
        .join(' — or — ')}`;
    default:
      return undefined;
  }
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** `['plans', 0, 'price']` -> `plans.0.price`. */
export function pathOf(path: readonly PropertyKey[]): string {
  return path.map((key) => String(key)).join('.');
}

export type Validated<T> =
  | { ok: true; data: T }
  | { ok: false; field: string | undefined; message: string; error: z.core.$ZodError };

/** Parses with friendly messages; on failure reports the first wrong field and a `z.prettifyError` message. */
export function validate<S extends z.ZodMiniType>(schema: S, value: unknown): Validated<z.output<S>> {
  const result = schema.safeParse(value, { error: issueMessage });
  if (result.success) return { ok: true, data: result.data };
  const first = result.error.issues[0];
  return {
    ok: false,
    field: first && first.path.length > 0 ? pathOf(first.path) : undefined,
    message: z.prettifyError(result.error),
    error: result.error,
  };
}
