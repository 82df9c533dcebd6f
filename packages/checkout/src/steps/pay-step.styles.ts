import { css } from 'lit';

export const payStepStyles = css`
  .probe {
    position: absolute;
    visibility: hidden;
    pointer-events: none;
  }
  .amount {
    text-align: center;
    margin-block-end: var(--_spacing);
  }
  .amount p {
    margin: 0;
  }
  .amount .total {
    unicode-bidi: isolate;
    font-size: 2em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    line-height: 1.2;
    margin: .25rem 0;
  }
  .test-panel {
    border: 2px dashed var(--_warning);
    border-radius: var(--_radius);
    padding: var(--_spacing);
  }
  .test-panel legend,
  .test-panel h3 {
    display: flex;
    align-items: center;
    gap: .5rem;
  }
  .test-panel legend {
    padding: 0 .25rem;
  }
  .test-badge {
    font-size: 0.75em;
    font-weight: 700;
    letter-spacing: 0.05em;
    padding: .0625rem .375rem;
    border-radius: .25rem;
    background: var(--_warning);
    color: var(--_background);
  }
  .outcomes {
    display: grid;
    gap: calc(var(--_spacing) * 0.5);
  }
  .outcome {
    display: flex;
    align-items: center;
    gap: calc(var(--_spacing) * 0.5);
    cursor: pointer;
  }
  .payment-element {
    position: relative;
    /* Reserved for Stripe's iframe, so nothing moves when it arrives. */
    min-block-size: 17.5rem;
  }
  .placeholder {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
  }
  .pay {
    min-inline-size: 12em;
  }
  .breakdown {
    margin: 0 0 var(--_spacing);
  }
  .breakdown .line {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 var(--_spacing);
    padding-block: 0.25em;
  }
  .breakdown dt {
    color: var(--_muted);
  }
  .breakdown dd {
    margin: 0;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .auto-renew-notice {
    margin-block-end: var(--_spacing);
  }
`;
