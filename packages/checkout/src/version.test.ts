import { expect } from '@open-wc/testing';
import { UrcardCheckout } from './checkout/checkout.element.ts';

describe('version', () => {
  it('is the version in package.json (scripts/version.js writes it at build time)', async () => {
    const response = await fetch(new URL('../package.json', import.meta.url));
    const { version } = (await response.json()) as { version: string };
    expect(version).to.match(/^\d+\.\d+\.\d+/);
    expect(UrcardCheckout.version).to.equal(version);
  });
});
