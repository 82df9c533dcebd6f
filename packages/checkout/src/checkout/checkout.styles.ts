import { css } from 'lit';

export const checkoutStyles = css`
  :host {
    display: block;
    min-inline-size: 0;
  }
  .base {
    container-type: inline-size;
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: 1.5;
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_spacing);
    overflow-wrap: break-word;
  }
  @container (min-width: 30rem) {
    .header,
    .base > [data-step] {
      padding-inline: calc(var(--_spacing) * 0.5);
    }
  }
  .header {
    margin-block-end: var(--_spacing);
  }
  .top {
    display: flex;
    flex-direction: row-reverse;
    justify-content: space-between;
    align-items: baseline;
    gap: var(--_spacing);
  }
  /* The Back arrow points the way back: to the right in a right-to-left language. */
  .back span:dir(rtl) {
    display: inline-block;
    transform: scaleX(-1);
  }
  .progress-label {
    margin: 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .progress {
    list-style: none;
    display: grid;
    grid-template-columns: repeat(4, 1fr);
    gap: .25rem;
    padding: 0;
    margin: .375rem 0 0;
    font-size: 0.75em;
    color: var(--_muted);
  }
  .progress li {
    border-block-start: 4px solid color-mix(in srgb, var(--_border) 50%, var(--_background));
    padding-block-start: .25rem;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .progress li.done {
    border-block-start-color: color-mix(in srgb, var(--_primary) 55%, var(--_background));
  }
  .progress li.current {
    border-block-start-color: var(--_primary);
    color: var(--_text);
    font-weight: 600;
  }
  @container (max-width: 22.4375rem) {
    .progress li:not(.current) {
      color: transparent;
    }
  }
  .notice {
    margin-block-end: var(--_spacing);
  }
  .config-error ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .config-error li {
    font-family: ui-monospace, SFMono-Regular, Menlo, monospace;
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  @media print {
    .header {
      display: none;
    }
    .base {
      border: 0;
      padding: 0;
    }
  }
`;
