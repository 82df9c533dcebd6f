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
import type { ReceiptMessages } from './messages.ts';
import { ms } from './ms.ts';
import { ptBR } from './pt-BR.ts';
import { ru } from './ru.ts';
import { th } from './th.ts';
import { tr } from './tr.ts';
import { vi } from './vi.ts';
import { zhCN } from './zh-CN.ts';
import { zhTW } from './zh-TW.ts';

export type { ReceiptMessages } from './messages.ts';

/** The words of receipt and refund emails in every content locale of the contract (`CONTENT_LOCALES`). */
export const RECEIPT_CATALOGUES: Record<ContentLocale, ReceiptMessages> = {
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
