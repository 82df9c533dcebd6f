import { invalid } from './api-error.ts';
import type { FormObject, FormValue } from './types.ts';

/** Parses `a[b][0]=x` pairs into nested objects and arrays, the way Stripe reads its form bodies. */
export function parseStripeForm(text: string): FormObject {
  const root: FormObject = {};
  for (const [key, value] of new URLSearchParams(text)) {
    const match = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(key);
    if (!match) throw invalid(`Invalid parameter name ${key}`);
    const path = [match[1]!, ...[...match[2]!.matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1]!)];
    let node: FormObject | FormValue[] = root;
    for (let i = 0; i < path.length; i++) {
      let part: string | number = path[i]!;
      const last = i === path.length - 1;
      if (Array.isArray(node)) part = part === '' ? node.length : Number(part);
      if (last) {
        (node as Record<string | number, FormValue>)[part] = value;
        break;
      }
      const nextIsIndex = path[i + 1] === '' || /^\d+$/.test(path[i + 1]!);
      const container = node as Record<string | number, FormValue>;
      container[part] ??= nextIsIndex ? [] : {};
      node = container[part] as FormObject | FormValue[];
    }
  }
  return root;
}

export const str = (params: FormObject, name: string): string | undefined => {
  const value = params[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw invalid(`Invalid ${name}: must be a string`, name);
  return value;
};
export const bool = (params: FormObject, name: string): boolean => str(params, name) === 'true';
export const list = (params: FormObject, name: string): string[] => {
  const value = params[name];
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw invalid(`Invalid array for ${name}`, name);
  }
  return value as string[];
};
export const dict = (params: FormObject, name: string): Record<string, string> => {
  const value = params[name];
  if (value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw invalid(`Invalid hash for ${name}`, name);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) {
    if (typeof v !== 'string') throw invalid(`Invalid ${name}[${k}]`, `${name}[${k}]`);
    out[k] = v;
  }
  return out;
};

export function knownParams(params: FormObject, known: readonly string[]): void {
  for (const name of Object.keys(params)) {
    if (!known.includes(name)) {
      throw invalid(`Received unknown parameter: ${name}`, name, 'parameter_unknown');
    }
  }
}
