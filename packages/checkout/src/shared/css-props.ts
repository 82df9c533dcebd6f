import { noChange } from 'lit';
import { type AttributePart, Directive, directive, type PartInfo, PartType } from 'lit/directive.js';

/**
 * Sets CSS properties through the CSSOM (`style.setProperty`), never through a `style` attribute. Lit's
 * `styleMap` writes the attribute on its first render, which a partner's `style-src 'self'` Content-Security-Policy
 * blocks; CSSOM writes are allowed under it. Use on a `style` attribute binding: `style=${cssProps({ 'inline-size': '40%' })}`.
 * Property names are CSS names (`inline-size`, `--urcard-color-primary`).
 */
class CssPropsDirective extends Directive {
  #previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style') {
      throw new Error('cssProps() belongs on a style attribute binding');
    }
  }

  render(_props: Readonly<Record<string, string>>) {
    return noChange;
  }

  override update(part: AttributePart, [props]: [Readonly<Record<string, string>>]) {
    const { style } = part.element as HTMLElement;
    for (const name of this.#previous) if (!(name in props)) style.removeProperty(name);
    for (const [name, value] of Object.entries(props)) style.setProperty(name, value);
    this.#previous = new Set(Object.keys(props));
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);
