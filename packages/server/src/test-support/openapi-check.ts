import assert from 'node:assert/strict';
import type { RouteName } from '@urcard/sdk';
import { routes } from '@urcard/sdk';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { openApiPath } from '../openapi/document.ts';

const pointer = (...parts: string[]) => parts.map((p) => p.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

/**
 * Checks answers against the OpenAPI document a server serves at `/v1/openapi.json` (fetched once): every body
 * the tests see must match the schema of its operation and status, so the published document cannot drift.
 */
export class OpenApiCheck {
  /** One document per server, whichever Api objects call it (some tests make one per request). */
  static readonly #loaded = new Map<string, Promise<Ajv2020>>();
  readonly #base: string;

  constructor(base: string) {
    this.#base = base;
  }

  #load(): Promise<Ajv2020> {
    let ajv = OpenApiCheck.#loaded.get(this.#base);
    if (ajv) return ajv;
    ajv = (async () => {
      const response = await fetch(`${this.#base}/v1/openapi.json`);
      assert.equal(response.status, 200, 'the server serves its OpenAPI document');
      const ajv = new Ajv2020({ strict: false, allErrors: true });
      (addFormats as unknown as (a: Ajv2020) => void)(ajv);
      ajv.addSchema((await response.json()) as object, 'openapi');
      return ajv;
    })();
    OpenApiCheck.#loaded.set(this.#base, ajv);
    ajv.catch(() => OpenApiCheck.#loaded.delete(this.#base));
    return ajv;
  }

  async check(name: RouteName, status: number, body: unknown): Promise<void> {
    const route = routes[name];
    const key = status === 200 ? '200' : status < 500 ? '4XX' : '5XX';
    const ref = `openapi#/${pointer('paths', openApiPath(route.path), route.method.toLowerCase(), 'responses', key, 'content', 'application/json', 'schema')}`;
    const validate = (await this.#load()).getSchema(ref);
    assert.ok(validate, `the OpenAPI document describes ${name} ${key}`);
    assert.ok(
      validate(body),
      `${name} ${status} matches the OpenAPI document: ${JSON.stringify(validate.errors?.slice(0, 3))}`,
    );
  }
}
