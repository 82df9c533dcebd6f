import { css, unsafeCSS } from 'lit';

/** Colour schemes of the `theme` attribute. `auto` follows the visitor's system setting. */
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * The public design tokens, once: the CSS custom property a partner sets, its private alias inside the widget,
 * and the light and dark presets. The `appearance` property takes the same names (`{ colorPrimary: '#0a7' }`).
 */
export const TOKENS = {
  colorPrimary: { property: '--urcard-color-primary', alias: '--_primary', light: '#2563eb', dark: '#60a5fa' },
  colorOnPrimary: { property: '--urcard-color-on-primary', alias: '--_on-primary', light: '#ffffff', dark: '#0b1220' },
  colorText: { property: '--urcard-color-text', alias: '--_text', light: '#111827', dark: '#f3f4f6' },
  colorBackground: { property: '--urcard-color-background', alias: '--_background', light: '#ffffff', dark: '#111827' },
  colorSurface: { property: '--urcard-color-surface', alias: '--_surface', light: '#f3f4f6', dark: '#1f2937' },
  colorBorder: { property: '--urcard-color-border', alias: '--_border', light: '#9ca3af', dark: '#4b5563' },
  colorDanger: { property: '--urcard-color-danger', alias: '--_danger', light: '#b91c1c', dark: '#f87171' },
  colorSuccess: { property: '--urcard-color-success', alias: '--_success', light: '#15803d', dark: '#4ade80' },
  colorWarning: { property: '--urcard-color-warning', alias: '--_warning', light: '#b45309', dark: '#fbbf24' },
  radius: { property: '--urcard-radius', alias: '--_radius', light: '.5rem', dark: '.5rem' },
  fontFamily: {
    property: '--urcard-font-family',
    alias: '--_font-family',
    light: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "PingFang SC", "Microsoft YaHei", sans-serif',
    dark: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "PingFang SC", "Microsoft YaHei", sans-serif',
  },
  fontSize: { property: '--urcard-font-size', alias: '--_font-size', light: '1rem', dark: '1rem' },
  spacing: { property: '--urcard-spacing', alias: '--_spacing', light: '1rem', dark: '1rem' },
} as const;
export type TokenName = keyof typeof TOKENS;
export const TOKEN_NAMES = Object.keys(TOKENS) as TokenName[];

/** Theme tokens as an object, for the `appearance` property. */
export type Appearance = Partial<Record<TokenName, string>>;

const preset = (scheme: 'light' | 'dark') =>
  TOKEN_NAMES.map((name) => `--_preset${TOKENS[name].alias.slice(2)}: ${TOKENS[name][scheme]};`).join('');
const aliases = TOKEN_NAMES.map(
  (name) => `${TOKENS[name].alias}: var(${TOKENS[name].property}, var(--_preset${TOKENS[name].alias.slice(2)}));`,
).join('');

/**
 * Presets on the host, aliases on the element that wraps everything (`.base`), so that the `appearance`
 * property, applied inline on `.base`, wins over the page's values.
 *
 * Contrast by construction: two colours are derived from whichever primary is in effect on `.base`, so that text
 * reaches 4.5:1 with any brand colour. Relative colour syntax (Chrome 119, Safari 18, Firefox 128) from
 * `xyz-d65`, whose `y` is WCAG's relative luminance and where scaling and mixing are linear light; browsers without
 * it keep the fixed on-primary presets, and links the text colour.
 * - `--_on-primary`, text on the primary: white or black, whichever contrasts more. Below y = 0.1791 white wins,
 *   above it black; at that crossover both give 1.05 / 0.2291 = 4.58:1. The grey `xyz-d65 y y y` has a Lab
 *   lightness that grows with y alone: 49.45 at the crossover (4.5:1 holds both ways from 48.9 to 49.9). The
 *   lightness (49.45 − l)·10⁶ lands far beyond 0 or 100: Chrome clamps it to black or white, and a browser that
 *   keeps it unclamped (relative colour syntax may) still shows black or white, as CSS gamut mapping does for any
 *   lightness out of range. An explicit clamp() would cost 10 B gzip of the first download. It replaces the preset
 *   on `.base`, so a partner's `--urcard-color-on-primary` still wins.
 * - `--_link`, the primary as text on the background and surfaces (links, Back): each channel c becomes
 *   c·a + white_c·b, through `--_k` (the token list `*a + b*`). The light scheme scales the colour down to
 *   y ≤ 0.155 (4.65:1 on the light surface #f3f4f6, 4.5:1 needs 0.162); the dark one mixes it with white up to
 *   y ≥ 0.28 (4.61:1 on the dark surface #1f2937, 4.5:1 needs 0.272), with a share b = (0.28 − y) / 0.72 or a
 *   little more (and a = 1 − b). The margins absorb rounding to 8-bit colour. A primary that already passes is left
 *   as it is.
 * `--_k` holds channel keywords, so it only means something once substituted inside `color(from …)`.
 */
export const themeStyles = css`
  :host {
    ${unsafeCSS(preset('light'))}
    color-scheme: light;
    --_k: *min(1,.155/y) + 0*;
  }
  :host([theme='dark']) {
    ${unsafeCSS(preset('dark'))}
    color-scheme: dark;
    --_k: *min(1,.61 + 1.39*y) + max(0,.39 - 1.39*y)*;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${unsafeCSS(preset('dark'))}
      color-scheme: dark;
      --_k: *min(1,.61 + 1.39*y) + max(0,.39 - 1.39*y)*;
    }
  }
  .base {
    ${unsafeCSS(aliases)}
    --_muted: color-mix(in srgb, var(--_text) 72%, var(--_background));
    --_link: var(--_primary);
  }
  @supports (color: lab(from red l a b)) {
    .base {
      --_preset_on-primary: lab(from color(from var(--_primary) xyz-d65 y y y) calc((49.45 - l)*1e6) 0 0);
      --_link: color(from var(--_primary) xyz-d65 calc(x var(--_k) .95) calc(y var(--_k) 1) calc(z var(--_k) 1.09));
    }
  }
`;

/** Inline declarations for the `appearance` property: `{ colorPrimary: 'red' }` → `--urcard-color-primary: red`. */
export function appearanceStyle(appearance: Appearance | undefined): Record<string, string> {
  const style: Record<string, string> = {};
  for (const name of TOKEN_NAMES) {
    const value = appearance?.[name];
    if (typeof value === 'string' && value !== '') style[TOKENS[name].property] = value;
  }
  return style;
}
