import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CONTENT_LOCALES } from '@urcard/sdk';
import { englishLeftIn } from '../../test-support/english.ts';
import { en } from './en.ts';
import { CATALOGUE_TEXT } from './index.ts';
import { SAME_AS_ENGLISH_ALLOWED } from './types.ts';

/** Every leaf of a text object by its dotted path. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  }
  return [[path, value]];
}

describe('the catalogue text', () => {
  const english = new Map(leaves(en));

  it('is written in each of the 20 content locales', () => {
    assert.equal(CONTENT_LOCALES.length, 20);
    assert.deepEqual(Object.keys(CATALOGUE_TEXT).sort(), [...CONTENT_LOCALES].sort());
  });

  for (const locale of CONTENT_LOCALES) {
    it(`${locale}: every key, each a non-empty text${locale === 'en' ? '' : ', none left in English'}`, () => {
      const text = new Map(leaves(CATALOGUE_TEXT[locale]));
      assert.deepEqual([...text.keys()].sort(), [...english.keys()].sort(), 'the same keys as en');
      for (const [path, value] of text) {
        assert.equal(typeof value, 'string', path);
        assert.ok((value as string).trim().length > 0, `${path} is empty`);
        if (locale === 'en') continue;
        if (!SAME_AS_ENGLISH_ALLOWED.includes(path)) assert.notEqual(value, english.get(path), `${path} is English`);
        assert.deepEqual(englishLeftIn(value as string), [], `${locale} ${path}: ${value}`);
      }
      for (const placeholder of ['{data}', '{minutes}', '{days}']) {
        assert.ok(CATALOGUE_TEXT[locale].custom.label.includes(placeholder), `custom.label keeps ${placeholder}`);
      }
    });
  }
});
