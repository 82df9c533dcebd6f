import { css } from 'lit';

export const cardStepStyles = css`
  .choices {
    display: grid;
    gap: calc(var(--_spacing) * 0.5);
  }
  .choice {
    display: flex;
    align-items: center;
    gap: calc(var(--_spacing) * 0.75);
    padding: calc(var(--_spacing) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .choice:has(input:checked) {
    border-color: var(--_link);
    box-shadow: 0 0 0 1px var(--_link);
  }
  #card-number {
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.04em;
  }
  /* Digits are typed and read left to right, also in a right-to-left language (where they align to the end). */
  :is(#card-number, #pin):dir(rtl) {
    direction: ltr;
    text-align: end;
  }
  .pin input {
    max-inline-size: 12em;
  }
  @container (min-width: 30rem) {
    form > .stack {
      display: grid;
      grid-template-columns: 1fr 10em;
      gap: var(--_spacing);
      align-items: start;
    }
    form > .stack > * + * {
      margin-block-start: 0;
    }
  }
  .badge {
    flex: none;
    align-self: flex-start;
    font-size: 0.8em;
    font-weight: 600;
    padding: .125rem .5rem;
    border-radius: 999px;
    border: 1px solid currentColor;
  }
  .badge.active {
    color: var(--_success);
  }
  .badge.expiring {
    color: var(--_warning);
  }
  .badge.expired,
  .badge.suspended {
    color: var(--_danger);
  }
  .balance {
    margin-block-end: calc(var(--_spacing) * 0.5);
  }
  .bar {
    block-size: .5rem;
    border-radius: 999px;
    background: color-mix(in srgb, var(--_border) 45%, var(--_background));
    overflow: hidden;
  }
  .bar > span {
    display: block;
    block-size: 100%;
    background: var(--_primary);
  }
  .bar.low > span {
    background: var(--_danger);
  }
`;
