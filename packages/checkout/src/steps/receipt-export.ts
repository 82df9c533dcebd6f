import type { Receipt } from '@urcard/sdk';
import type { I18n } from '../i18n/localize.ts';
import { receiptRows } from './receipt-view.ts';

// The receipt kept off screen: a .txt download and a print of the receipt alone. Loaded on the first click of
// "Save receipt" or "Print receipt", so the done step's chunk does not carry it.

/** The receipt as plain text, for "Save receipt". */
export function receiptText(i18n: I18n, receipt: Receipt): string {
  const rows = receiptRows(i18n, receipt).map((row) => `${row.label}: ${row.value}`);
  return [i18n.m.receiptHeading, '', ...rows, ''].join('\n');
}

/** Downloads the receipt as `receipt-<number>.txt`. */
export function saveReceipt(i18n: I18n, receipt: Receipt): void {
  const text = receiptText(i18n, receipt);
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `receipt-${receipt.number}.txt`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Prints the receipt alone: a hidden frame holding only the receipt (the partner's page around the widget is not
 * printed), printed once loaded and removed after. Built with DOM calls, so nothing in it is parsed as HTML.
 */
export function printReceipt(i18n: I18n, receipt: Receipt): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.title = i18n.m.receiptHeading;
  frame.dataset.urcardReceipt = receipt.number;
  Object.assign(frame.style, {
    position: 'fixed',
    inlineSize: '0',
    blockSize: '0',
    border: '0',
    insetInlineStart: '-100vw',
  });
  frame.addEventListener(
    'load',
    () => {
      const win = frame.contentWindow;
      const doc = frame.contentDocument;
      if (!win || !doc) return;
      fillPrintDocument(doc, i18n, receipt);
      win.addEventListener('afterprint', () => frame.remove(), { once: true });
      win.focus();
      win.print();
    },
    { once: true },
  );
  for (const old of document.querySelectorAll('iframe[data-urcard-receipt]')) old.remove();
  document.body.append(frame);
  return frame;
}

function fillPrintDocument(doc: Document, i18n: I18n, receipt: Receipt): void {
  doc.documentElement.lang = i18n.locale;
  doc.title = `${i18n.m.receiptHeading} ${receipt.number}`;
  const style = doc.createElement('style');
  style.textContent =
    'body{font:12pt/1.5 system-ui,sans-serif;margin:2em;color:#000}h1{font-size:16pt}' +
    'dl{display:grid;grid-template-columns:max-content 1fr;gap:.25em 2em;margin:0}dt{color:#444}dd{margin:0;font-weight:600}';
  doc.head.append(style);
  const heading = doc.createElement('h1');
  heading.textContent = i18n.m.receiptHeading;
  const list = doc.createElement('dl');
  for (const row of receiptRows(i18n, receipt)) {
    const dt = doc.createElement('dt');
    dt.textContent = row.label;
    const dd = doc.createElement('dd');
    dd.textContent = row.value;
    list.append(dt, dd);
  }
  doc.body.append(heading, list);
}
