import type { ContentLocale } from '@urcard/sdk';
import { ar } from './ar.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fil } from './fil.ts';
import { fr } from './fr.ts';
import { he } from './he.ts';
import { hi } from './hi.ts';
import { id } from './id.ts';
import { it } from './it.ts';
import { ja } from './ja.ts';
import { ko } from './ko.ts';
import { ms } from './ms.ts';
import { ptBR } from './pt-BR.ts';
import { ru } from './ru.ts';
import { th } from './th.ts';
import { tr } from './tr.ts';
import type { CatalogueText } from './types.ts';
import { vi } from './vi.ts';
import { zhCN } from './zh-CN.ts';
import { zhTW } from './zh-TW.ts';

export type { AddOnCode, CatalogueText, FeatureCode, PlanId, PromoCodeName } from './types.ts';

/** The catalogue's text in every content locale of the contract (`CONTENT_LOCALES`). */
export const CATALOGUE_TEXT: Record<ContentLocale, CatalogueText> = {
  en,
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  ja,
  ko,
  es,
  fr,
  de,
  th,
  vi,
  ar,
  he,
  'pt-BR': ptBR,
  id,
  ms,
  it,
  ru,
  tr,
  hi,
  fil,
};

export function catalogueText(locale: ContentLocale): CatalogueText {
  return CATALOGUE_TEXT[locale];
}

/**
 * The locale a plan's name was written in (an order's snapshot), so that a renewal nobody asks for is written
 * as the customer's last purchase was; English when no locale has that name.
 */
export function localeOfPlanName(planId: string, name: string): ContentLocale {
  const locales = Object.keys(CATALOGUE_TEXT) as ContentLocale[];
  return (
    locales.find((l) => (CATALOGUE_TEXT[l].plans as Record<string, { name: string }>)[planId]?.name === name) ?? 'en'
  );
}

/** Fills `{name}` placeholders of a catalogue template. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
