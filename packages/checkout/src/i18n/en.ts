import first from './en-first.ts';
import rest, { errors } from './en-rest.ts';
import type { Messages } from './messages.ts';

/**
 * English, whole: the reference for every other catalogue. It lives in two parts so that the first download carries
 * only the first screen's strings (`en-first.ts`); the widget loads `en-rest.ts` with the plan, pay and done steps and
 * merges the two itself (`localize.ts`). Tests and anything else that wants all of English import this module.
 */
export default { ...first, ...rest, errors: { ...first.errors, ...errors } } satisfies Messages;
