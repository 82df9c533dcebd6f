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
    border-color: var(--_primary);
    box-shadow: 0 0 0 1px var(--_primary);
  }
  #card-number {
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.04em;
  }
  .pin input {
    max-width: 12em;
  }
  @container (min-width: 480px) {
    form > .stack {
      display: grid;
      grid-template-columns: 1fr 10em;
      gap: var(--_spacing);
      align-items: start;
    }
    form > .stack > * + * {
      margin-top: 0;
    }
  }
  .badge {
    flex: none;
    align-self: flex-start;
    font-size: 0.8em;
    font-weight: 600;
    padding: 2px 8px;
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
    margin-bottom: calc(var(--_spacing) * 0.5);
  }
  .bar {
    block-size: 8px;
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
