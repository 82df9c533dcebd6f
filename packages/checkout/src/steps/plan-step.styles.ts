import { css } from 'lit';

export const planStepStyles = css`
  .plans {
    display: grid;
    gap: var(--_spacing);
  }
  .options {
    display: grid;
    gap: calc(var(--_spacing) * 0.5);
  }
  @container (min-width: 35rem) {
    .options {
      grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr));
    }
    .builder {
      grid-column: 1 / -1;
    }
  }
  .plan {
    display: grid;
    grid-template-columns: auto 1fr auto;
    align-items: start;
    gap: calc(var(--_spacing) * 0.75);
    padding: calc(var(--_spacing) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    cursor: pointer;
  }
  .plan > input {
    margin-block-start: 0.2em;
  }
  .plan:has(input:checked) {
    border-color: var(--_link);
    box-shadow: 0 0 0 1px var(--_link);
  }
  .plan:has(input:focus-visible) {
    outline: 2px solid var(--_link);
    outline-offset: 2px;
  }
  .plan input:focus-visible {
    outline: none;
  }
  .plan-main {
    display: grid;
    gap: .125rem;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .plan-name {
    font-weight: 600;
  }
  .plan-price {
    text-align: end;
    white-space: nowrap;
  }
  .plan-price s {
    color: var(--_muted);
    display: block;
    font-size: 0.875em;
  }
  .features {
    display: flex;
    flex-wrap: wrap;
    gap: .25rem;
  }
  .features > span {
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0 .5rem;
  }
  .promo {
    color: var(--_success);
    font-weight: 600;
  }
  .builder {
    display: grid;
    gap: calc(var(--_spacing) * 0.75);
    padding: calc(var(--_spacing) * 0.75);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .addons {
    display: grid;
    gap: calc(var(--_spacing) * 0.5);
  }
  .addon,
  .switch {
    display: flex;
    align-items: flex-start;
    gap: calc(var(--_spacing) * 0.5);
    cursor: pointer;
  }
  .addon > input,
  .switch > input {
    margin-block-start: 0.2em;
  }
  .promo-form,
  .auto-renew,
  .summary {
    margin-block-start: var(--_spacing);
  }
  .promo-row {
    display: flex;
    gap: calc(var(--_spacing) * 0.5);
  }
  .promo-row input {
    flex: 1;
    min-inline-size: 0;
    text-transform: uppercase;
  }
  .applied {
    align-items: center;
  }
  .applied p {
    margin: 0;
    color: var(--_success);
    font-weight: 600;
  }
  .auto-renew .hint {
    margin: .25rem 0 0;
    margin-inline-start: calc(1.15em + var(--_spacing) * 0.5);
  }
  .summary {
    border-block-start: 1px solid var(--_border);
    padding-block-start: var(--_spacing);
  }
  dl {
    margin: 0;
  }
  .line {
    display: flex;
    justify-content: space-between;
    gap: var(--_spacing);
    padding: .125rem 0;
  }
  dd {
    margin: 0;
    unicode-bidi: plaintext;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .discount {
    color: var(--_success);
  }
  .total {
    font-weight: 700;
    border-block-start: 1px solid var(--_border);
    margin-block-start: .25rem;
    padding-block-start: .375rem;
  }
`;
