import { expect } from '@open-wc/testing';
import { createClient, type FetchLike } from '@urcard/sdk';
import { shortQuotesApiBase } from '../test-support/env.ts';
import { $, choosePlan, click, KEY, mount, onStep, quoted, stepText, toPlanStep, until } from '../test-support/flow.ts';

/** A client of the server whose quotes last 2 s; `hold` may delay a request (a slow network), never change it. */
async function shortQuotes(hold?: (request: string) => Promise<void>) {
  const api = await shortQuotesApiBase();
  const calls: string[] = [];
  let quotedAt = 0;
  const fetching: FetchLike = async (input, init) => {
    const request = `${init?.method ?? 'GET'} ${new URL(String(input)).pathname}`;
    calls.push(request);
    await hold?.(request);
    const response = await fetch(input, init);
    if (request === 'POST /v1/quotes') quotedAt = Date.now();
    return response;
  };
  const client = createClient({ apiBase: api, publishableKey: KEY, fetch: fetching });
  return { api, client, calls, lapsed: () => until('the quote to expire', () => Date.now() - quotedAt > 2300, 5000) };
}

const announced = (el: HTMLElement) => el.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent!;
const quotes = (calls: string[]) => calls.filter((c) => c === 'POST /v1/quotes').length;

describe('plan step: an expired quote is quoted again, with the new price shown before going on', () => {
  it('when the quote on screen has expired', async () => {
    const server = await shortQuotes();
    const { el } = await mount({ 'api-base': server.api });
    el.client = server.client;
    await toPlanStep(el);
    await choosePlan(el);
    const before = quotes(server.calls);
    await server.lapsed();
    click(el, 'button[part="submit-button"]');
    await quoted(el);
    expect(el.currentStep).to.equal('plan');
    expect(quotes(server.calls)).to.equal(before + 1);
    expect(stepText(el)).to.contain('The price has expired. We have fetched a new one');
    expect($(el, '.summary')!.textContent).to.match(/\$\d/);
    expect(announced(el)).to.match(/has expired.*check it and continue\. Total: \$\d/);
    await expect(el).to.be.accessible();
    click(el, 'button[part="submit-button"]');
    await onStep(el, 'pay');
    await until('the amount', () => !!$(el, '[part="amount"]'));
  });

  it('when the server answers quote_expired to the order', async () => {
    let held = false;
    const server = await shortQuotes(async (request) => {
      // The first order is sent only once its quote has lapsed.
      if (request === 'POST /v1/orders' && !held) {
        held = true;
        await server.lapsed();
      }
    });
    const { el } = await mount({ 'api-base': server.api });
    el.client = server.client;
    await toPlanStep(el);
    await choosePlan(el);
    click(el, 'button[part="submit-button"]');
    await onStep(el, 'pay');
    await onStep(el, 'plan', 8000);
    await quoted(el);
    expect(stepText(el)).to.contain('The price has expired. We have fetched a new one');
    expect($(el, '.summary')!.textContent).to.match(/\$\d/);
    click(el, 'button[part="submit-button"]');
    await onStep(el, 'pay');
    await until('the amount', () => !!$(el, '[part="amount"]'));
    expect(server.calls.filter((c) => c === 'POST /v1/orders')).to.have.length(2);
  });
});
