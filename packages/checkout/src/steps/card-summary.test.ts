import { expect } from '@open-wc/testing';
import type { FetchLike } from '@urcard/sdk';
import { createClient } from '@urcard/sdk';
import type { UrcardCheckout } from '../checkout/checkout.element.ts';
import { Format } from '../i18n/format.ts';
import { CARDS, KEY, mount, stepText, verifyCard } from '../test-support/flow.ts';

const AS_OF = '2026-12-01T14:05:00.000Z';

/**
 * The reference server's simulated carrier always answers, so a balance the carrier left stale (a real carrier
 * slow or down, `balance.stale`) is made here: the server's verify answer with its balance marked stale.
 */
function staleBalance(asOf: string | null): FetchLike {
  return async (input, init) => {
    const response = await fetch(input, init);
    if (!String(input).endsWith('/v1/cards/verify') || !response.ok) return response;
    const body = await response.json();
    body.card.balance = { ...body.card.balance, asOf, stale: true };
    return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
  };
}

/** The verify answer of a data-only eSIM: no minutes, no texts. */
const dataOnly: FetchLike = async (input, init) => {
  const response = await fetch(input, init);
  if (!String(input).endsWith('/v1/cards/verify') || !response.ok) return response;
  const body = await response.json();
  body.card.balance = { ...body.card.balance, minutes: 0, minutesTotal: 0, sms: 0 };
  return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
};

async function mountWith(fetcher: FetchLike | null, attributes: Record<string, string> = {}): Promise<UrcardCheckout> {
  const { el, api } = await mount(attributes);
  if (fetcher) el.client = createClient({ apiBase: api, publishableKey: KEY, fetch: fetcher });
  await el.updateComplete;
  return el;
}

describe('card summary: a balance the carrier did not confirm just now', () => {
  it('says as of when, in the locale, and stays accessible', async () => {
    const el = await mountWith(staleBalance(AS_OF));
    await verifyCard(el, CARDS.active);
    expect(stepText(el)).to.contain(`Balance as of ${new Format('en').dateTime(AS_OF)}`);
    await expect(el).to.be.accessible();
  });

  it('without any answer of the carrier yet: says the balance may be out of date (Japanese)', async () => {
    const el = await mountWith(staleBalance(null), { locale: 'ja' });
    await verifyCard(el, CARDS.active);
    expect(stepText(el)).to.contain('残量が最新でない可能性があります');
    expect(stepText(el)).not.to.contain('時点の残量');
    await expect(el).to.be.accessible();
  });

  it('a fresh balance says nothing of its age', async () => {
    const el = await mountWith(null);
    await verifyCard(el, CARDS.active);
    expect(stepText(el)).not.to.contain('Balance as of');
    expect(stepText(el)).not.to.contain('out of date');
  });
});

describe('card summary: a data-only eSIM', () => {
  it('shows its data, and no minutes meter nor texts line of zeros', async () => {
    const el = await mountWith(dataOnly);
    await verifyCard(el, CARDS.active);
    expect(stepText(el)).to.contain('Data');
    expect(stepText(el)).not.to.contain('Minutes');
    expect(stepText(el)).not.to.contain('0 texts');
    await expect(el).to.be.accessible();
  });

  it('a card with minutes shows them', async () => {
    const el = await mountWith(null);
    await verifyCard(el, CARDS.active);
    expect(stepText(el)).to.contain('Minutes');
  });
});
