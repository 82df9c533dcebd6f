import { en } from './en.ts';
import { ja } from './ja.ts';
import type { ReceiptMessages } from './messages.ts';
import { zhCN } from './zh-CN.ts';

export type { ReceiptMessages } from './messages.ts';

/** The locales receipts are written in; any other tag falls back by language, then to English. */
export const RECEIPT_CATALOGUES = { en, 'zh-CN': zhCN, ja } as const satisfies Record<string, ReceiptMessages>;
export type ReceiptLocale = keyof typeof RECEIPT_CATALOGUES;
export const RECEIPT_LOCALES = Object.keys(RECEIPT_CATALOGUES) as ReceiptLocale[];

/** `zh-CN` → zh-CN, `zh-Hans-CN` or `zh` → zh-CN, `ja-JP` → ja, anything else (or nothing) → en. */
export function receiptLocale(tag: string | null): ReceiptLocale {
  if (!tag) return 'en';
  const exact = RECEIPT_LOCALES.find((l) => l.toLowerCase() === tag.toLowerCase());
  if (exact) return exact;
  const language = tag.split('-')[0]!.toLowerCase();
  return RECEIPT_LOCALES.find((l) => l.split('-')[0] === language) ?? 'en';
}
