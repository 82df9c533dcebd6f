import { css } from 'lit';

/** Type, fields, buttons and alerts shared by the checkout and its steps. Reads the private `--_*` aliases. */
export const uiStyles = css`
  :host {
    display: block;
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: 1.5;
    color: var(--_text);
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  h2 {
    font-size: 1.25em;
    line-height: 1.3;
    margin: 0 0 calc(var(--_spacing) * 0.75);
  }
  h2:focus {
    outline: none;
  }
  h3 {
    font-size: 1.05em;
    margin: 0 0 calc(var(--_spacing) * 0.5);
  }
  p {
    margin: 0 0 calc(var(--_spacing) * 0.5);
  }
  .muted {
    color: var(--_muted);
  }
  .small {
    font-size: 0.875em;
  }
  .stack > * + * {
    margin-block-start: var(--_spacing);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .field {
    display: grid;
    gap: .25rem;
  }
  .field label,
  .label {
    font-weight: 600;
  }
  .hint {
    font-size: 0.875em;
    color: var(--_muted);
  }
  input[type='text'],
  input[type='password'],
  input:not([type]),
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_spacing) * 0.5) calc(var(--_spacing) * 0.75);
    min-block-size: 2.75rem;
    inline-size: 100%;
  }
  h2:focus-visible,
  input:focus-visible,
  select:focus-visible,
  button:focus-visible,
  a:focus-visible {
    outline: 2px solid var(--_link);
    outline-offset: 2px;
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .field-error {
    color: var(--_danger);
    font-size: 0.875em;
    margin: 0;
  }
  input[type='radio'],
  input[type='checkbox'] {
    accent-color: var(--_primary);
    width: 1.15em;
    height: 1.15em;
    margin: 0;
    flex: none;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    font-weight: 600;
    margin-block-end: calc(var(--_spacing) * 0.5);
  }
  button {
    font: inherit;
    cursor: pointer;
    border-radius: var(--_radius);
    min-block-size: 2.75rem;
    padding: calc(var(--_spacing) * 0.5) var(--_spacing);
    border: 1px solid transparent;
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .primary {
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
  }
  .secondary {
    background: transparent;
    color: var(--_text);
    border-color: var(--_border);
  }
  .link {
    background: none;
    border: 0;
    padding: 0;
    min-block-size: 0;
    text-decoration: underline;
  }
  .link,
  a {
    color: var(--_link);
  }
  .actions {
    display: flex;
    flex-wrap: wrap-reverse;
    gap: calc(var(--_spacing) * 0.5);
    justify-content: flex-end;
    margin-block-start: var(--_spacing);
  }
  .actions > button {
    flex: 1 1 auto;
  }
  @container (min-width: 30rem) {
    .actions > button {
      flex: 0 0 auto;
    }
  }
  .alert {
    border: 1px solid var(--_border);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    padding: calc(var(--_spacing) * 0.75);
    background: var(--_surface);
  }
  .alert > :last-child {
    margin-block-end: 0;
  }
  .alert.danger {
    border-color: var(--_danger);
  }
  .alert.warning {
    border-color: var(--_warning);
  }
  .alert.success {
    border-color: var(--_success);
  }
  .alert.info {
    border-color: var(--_primary);
  }
  .card-box {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_spacing);
    background: var(--_surface);
  }
  .row {
    display: flex;
    justify-content: space-between;
    gap: var(--_spacing);
  }
  .spinner {
    display: inline-block;
    width: 1em;
    height: 1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
    vertical-align: -0.15em;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 3s;
    }
  }
`;
