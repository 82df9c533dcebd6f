import type { Appearance as StripeAppearance } from '@stripe/stripe-js';

/** Token values as the browser resolved them: colours as `rgb()`, lengths in px. */
export interface ResolvedTokens {
  primary: string;
  text: string;
  background: string;
  surface: string;
  border: string;
  danger: string;
  success: string;
  radius: string;
  fontFamily: string;
  fontSize: string;
  spacing: string;
}

/**
 * Reads the tokens in effect at `probe` (an element inside the widget): every value goes through a real CSS
 * property, so `var()`, `color-mix()`, named colours and rem all come back in a form Stripe understands.
 */
export function resolveTokens(probe: HTMLElement): ResolvedTokens {
  const read = (property: string, value: string) => {
    probe.style.setProperty(property, value);
    const resolved = getComputedStyle(probe).getPropertyValue(property).trim();
    probe.style.removeProperty(property);
    return resolved;
  };
  return {
    primary: read('color', 'var(--_primary)'),
    text: read('color', 'var(--_text)'),
    background: read('color', 'var(--_background)'),
    surface: read('color', 'var(--_surface)'),
    border: read('color', 'var(--_border)'),
    danger: read('color', 'var(--_danger)'),
    success: read('color', 'var(--_success)'),
    radius: read('border-top-left-radius', 'var(--_radius)'),
    fontFamily: read('font-family', 'var(--_font-family)'),
    fontSize: read('font-size', 'var(--_font-size)'),
    spacing: read('padding-top', 'var(--_spacing)'),
  };
}

/** Relative luminance of an `rgb()`/`rgba()` string, 0 (black) to 1 (white). */
function luminance(rgb: string): number {
  const [r = 255, g = 255, b = 255] = (rgb.match(/[\d.]+/g) ?? []).map(Number);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The same tokens in Stripe's Appearance API, so the Payment Element matches the partner's theme. */
export function toStripeAppearance(t: ResolvedTokens): StripeAppearance {
  const dark = luminance(t.background) < 0.2;
  const spacingPx = Number.parseFloat(t.spacing) || 16;
  return {
    theme: dark ? 'night' : 'stripe',
    variables: {
      colorPrimary: t.primary,
      colorBackground: t.background,
      colorText: t.text,
      colorDanger: t.danger,
      colorSuccess: t.success,
      fontFamily: t.fontFamily,
      fontSizeBase: t.fontSize,
      borderRadius: t.radius,
      // Stripe multiplies its unit for paddings and gaps; a quarter of our spacing gives the same rhythm.
      spacingUnit: `${Math.max(2, Math.round(spacingPx / 4))}px`,
    },
    rules: {
      '.Input': { borderColor: t.border, backgroundColor: t.background },
      '.Tab': { borderColor: t.border, backgroundColor: t.surface },
      '.Label': { color: t.text },
    },
  };
}
