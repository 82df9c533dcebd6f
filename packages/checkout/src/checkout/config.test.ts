import { expect } from '@open-wc/testing';
import { ATTRIBUTES, DEFAULT_CONFIG, parseConfig } from './config.ts';

const base = { apiBase: 'http://127.0.0.1:8787', publishableKey: 'pk_test_demo' };

describe('parseConfig', () => {
  it('accepts good values and normalises them', () => {
    const { config, problems } = parseConfig(
      {
        ...base,
        currency: 'cny',
        tiers: 'basic, custom',
        paymentMethods: 'card alipay card',
        cardNumber: '8986 0100 0000 0000 018',
        promoCode: ' travel10 ',
        autoRenew: '',
        theme: 'dark',
        locale: 'zh-CN',
      },
      { hasClient: false },
    );
    expect(problems).to.deep.equal([]);
    expect(config.currency).to.equal('CNY');
    expect(config.tiers).to.deep.equal(['basic', 'custom']);
    expect(config.paymentMethods).to.deep.equal(['card', 'alipay']);
    expect(config.cardNumber).to.equal('8986010000000000018');
    expect(config.promoCode).to.equal('TRAVEL10');
    expect(config.autoRenew).to.equal(true);
  });

  it('requires api-base and publishable-key unless a client is given', () => {
    const missing = parseConfig({}, { hasClient: false }).problems;
    expect(missing.map((p) => [p.attribute, p.fatal])).to.deep.equal([
      ['api-base', true],
      ['publishable-key', true],
    ]);
    expect(parseConfig({}, { hasClient: true }).problems).to.deep.equal([]);
  });

  it('falls back to the default for a bad value and says what was expected', () => {
    const { config, problems } = parseConfig({ ...base, theme: 'purple' }, { hasClient: false });
    expect(config.theme).to.equal(DEFAULT_CONFIG.theme);
    expect(problems).to.have.length(1);
    expect(problems[0]).to.include({ attribute: 'theme', value: 'purple', fatal: false });
    expect(problems[0]!.expected).to.contain('light');
  });

  it('never echoes a whole card number or session token', () => {
    const { problems } = parseConfig(
      { ...base, cardNumber: '8986010000000000019', customerSession: 'nope-12345678' },
      { hasClient: false },
    );
    expect(problems.map((p) => p.value)).to.deep.equal(['…0019', '…5678']);
  });

  it('has a table entry for every config key', () => {
    expect(Object.keys(ATTRIBUTES).sort()).to.deep.equal(Object.keys(DEFAULT_CONFIG).sort());
  });
});
