import { expect } from '@open-wc/testing';
import { $, mount, onStep } from '../test-support/flow.ts';

/** Sizes in rem follow the browser's default font size (a reader who set 20 px gets a larger widget). */
describe('sizes in rem', () => {
  afterEach(() => document.documentElement.style.removeProperty('font-size'));

  it('grows the text and the touch targets with the root font size', async () => {
    const { el } = await mount();
    await onStep(el, 'card');
    const measure = () => {
      const heading = $(el, 'h2')!;
      const button = $(el, 'button[part="submit-button"]')!;
      const input = $(el, '#card-number')!;
      return {
        heading: Number.parseFloat(getComputedStyle(heading).fontSize),
        label: Number.parseFloat(getComputedStyle($(el, 'label')!).fontSize),
        button: button.getBoundingClientRect().height,
        input: input.getBoundingClientRect().height,
        padding: Number.parseFloat(getComputedStyle(el.shadowRoot!.querySelector('[part="base"]')!).paddingInlineStart),
      };
    };
    document.documentElement.style.fontSize = '16px';
    const at16 = measure();
    expect(at16.heading).to.equal(20);
    expect(at16.button).to.be.at.least(44);
    document.documentElement.style.fontSize = '20px';
    const at20 = measure();
    expect(at20.heading).to.equal(25);
    expect(at20.label).to.equal(20);
    expect(at20.button, 'touch target').to.be.at.least(55);
    expect(at20.input).to.be.at.least(55);
    expect(at20.padding).to.equal(20);
  });
});
