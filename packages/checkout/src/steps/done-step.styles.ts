import { css } from 'lit';

export const doneStepStyles = css`
  .phases {
    list-style: none;
    margin: 0 0 var(--_spacing);
    padding: 0;
    display: grid;
    gap: calc(var(--_spacing) * 0.75);
  }
  .phases li {
    display: flex;
    align-items: center;
    gap: calc(var(--_spacing) * 0.75);
  }
  .phases .waiting {
    color: var(--_muted);
  }
  .phases .current {
    font-weight: 600;
  }
  .dot {
    flex: none;
    display: inline-grid;
    place-items: center;
    inline-size: 1.6em;
    block-size: 1.6em;
    border-radius: 50%;
    border: 2px solid var(--_border);
    font-size: 0.85em;
  }
  .done .dot {
    background: var(--_success);
    border-color: var(--_success);
    color: var(--_background);
  }
  .current .dot {
    border-color: var(--_primary);
    border-inline-end-color: transparent;
    animation: spin 1s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .current .dot {
      animation: none;
      border-inline-end-color: var(--_primary);
    }
  }
  .success-note {
    color: var(--_success);
    font-weight: 600;
  }
  dl {
    margin: 0;
  }
  .line {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 var(--_spacing);
    padding: .25rem 0;
    border-block-end: 1px solid color-mix(in srgb, var(--_border) 40%, transparent);
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
    /* Each value takes the direction of its own text: a card number or receipt number stays left to right. */
    unicode-bidi: plaintext;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  @media print {
    .actions {
      display: none;
    }
    .receipt {
      border: 0;
      background: none;
    }
  }
`;
