// The partner's own script: registers the widget from the published package, fills in the trip, and reacts to
// the widget's events. Everything here is what a travel site would write; nothing reaches into the widget.
import '@urcard/checkout/define.js';
import type { RenewalCompleteEvent, RenewalFailedEvent } from '@urcard/checkout';

const checkout = document.querySelector('urcard-checkout')!;
const banner = document.querySelector<HTMLElement>('#renewal-banner')!;
const notice = document.querySelector<HTMLElement>('#esim-notice')!;
const noticeText = document.querySelector<HTMLElement>('#esim-notice-text')!;
const noticeDetail = document.querySelector<HTMLElement>('#esim-notice-detail')!;
const language = document.querySelector<HTMLSelectElement>('#language')!;
const themeToggle = document.querySelector<HTMLButtonElement>('#theme-toggle')!;
const eventLog = document.querySelector<HTMLOListElement>('#event-log')!;
const esimItem = document.querySelector<HTMLElement>('#timeline-esim')!;

const DAY = 86_400_000;
const dateFormat = new Intl.DateTimeFormat('en', { weekday: 'short', day: 'numeric', month: 'short' });
const longDate = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'long', year: 'numeric' });

/** The trip is happening now: day 0 is today, so the eSIM's "3 days left" falls in the middle of it. */
function fillTripDates(today = new Date()): void {
  const at = (offset: number) => new Date(today.getTime() + offset * DAY);
  for (const item of document.querySelectorAll<HTMLElement>('#timeline [data-day]')) {
    const offset = Number(item.dataset.day);
    const date = item.querySelector('.timeline__date');
    const today = item.classList.contains('timeline__item--today');
    if (date) date.textContent = today ? `Today · ${dateFormat.format(at(offset))}` : dateFormat.format(at(offset));
  }
  const dates = document.querySelector('#trip-dates');
  if (dates) dates.textContent = `${dateFormat.format(at(-4))} – ${dateFormat.format(at(8))} · Tokyo · Kyoto · Osaka`;
}

/** Language and colour scheme: the page's own controls, also settable with `?locale=zh-CN&theme=dark`. */
function setLocale(locale: string): void {
  checkout.setAttribute('locale', locale);
  language.value = locale;
}

function setTheme(theme: 'light' | 'dark'): void {
  document.documentElement.dataset.theme = theme;
  checkout.setAttribute('theme', theme);
  themeToggle.setAttribute('aria-pressed', String(theme === 'dark'));
}

const params = new URLSearchParams(location.search);
// Another card or currency for a demo: ?card=8986010000000000042&currency=EUR (the widget validates both).
const card = params.get('card');
if (card) checkout.setAttribute('card-number', card);
const currency = params.get('currency');
if (currency) checkout.setAttribute('currency', currency);
const initialLocale = params.get('locale');
if (initialLocale && [...language.options].some((option) => option.value === initialLocale)) setLocale(initialLocale);
setTheme(params.get('theme') === 'dark' ? 'dark' : 'light');
language.addEventListener('change', () => setLocale(language.value));
themeToggle.addEventListener('click', () =>
  setTheme(document.documentElement.dataset.theme === 'dark' ? 'light' : 'dark'),
);
fillTripDates();

/** What the widget tells the page, for developers reading along. Events never carry the PIN or card token. */
const EVENTS = [
  'urcard-ready',
  'urcard-step-change',
  'urcard-card-verified',
  'urcard-plan-selected',
  'urcard-before-pay',
  'urcard-payment-succeeded',
  'urcard-renewal-complete',
  'urcard-renewal-failed',
  'urcard-error',
] as const;
for (const type of EVENTS) {
  checkout.addEventListener(type, (event) => {
    const item = document.createElement('li');
    const name = document.createElement('code');
    name.textContent = event.type;
    const detail = document.createElement('span');
    detail.textContent = ` ${JSON.stringify((event as Event & { detail?: unknown }).detail ?? {})}`;
    item.append(name, detail);
    eventLog.append(item);
  });
}

checkout.addEventListener('urcard-renewal-complete', (event: RenewalCompleteEvent) => {
  const { expiresAt, receiptNumber } = event.detail;
  const until = longDate.format(new Date(expiresAt));
  banner.replaceChildren();
  const title = document.createElement('strong');
  title.textContent = `You're connected until ${until}.`;
  const text = document.createElement('span');
  text.textContent = ` We've added the renewal to trip LNT-JP-2291 (receipt ${receiptNumber}). Enjoy Kyoto!`;
  banner.append(title, text);
  banner.dataset.receipt = receiptNumber;
  banner.hidden = false;
  // The banner takes the reminder's place, and the itinerary shows the new expiry.
  notice.hidden = true;
  esimItem.classList.replace('timeline__item--alert', 'timeline__item--done');
  esimItem.querySelector('h3')!.textContent = 'UR eSIM Japan renewed';
  esimItem.querySelector('.timeline__card p')!.textContent = `Card •••• 0026 · Connected until ${until}`;
});

checkout.addEventListener('urcard-renewal-failed', (event: RenewalFailedEvent) => {
  noticeText.textContent = event.detail.refunded
    ? 'The renewal did not go through, and your payment was refunded'
    : 'The renewal did not go through';
  noticeDetail.textContent = 'You can try again below, or ask our travel desk for help.';
});
