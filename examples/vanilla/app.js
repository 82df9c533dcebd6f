// Event listeners of the plain HTML example. Kept out of index.html so that a strict Content-Security-Policy
// (script-src 'self', no 'unsafe-inline') and required Trusted Types leave it working: no inline script,
// no inline style, no innerHTML.
const checkout = document.getElementById('checkout');
const banner = document.getElementById('renewal-banner');
const problem = document.getElementById('renewal-problem');
const log = document.getElementById('event-log');

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
];

for (const type of EVENTS) {
  checkout.addEventListener(type, (event) => {
    const item = document.createElement('li');
    const name = document.createElement('code');
    name.textContent = type;
    item.append(name, ` ${JSON.stringify(event.detail ?? {})}`);
    log.append(item);
  });
}

checkout.addEventListener('urcard-renewal-complete', (event) => {
  const { expiresAt, receiptNumber } = event.detail;
  const until = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(new Date(expiresAt));
  banner.textContent = `Renewed: your card runs until ${until}. Receipt ${receiptNumber}.`;
  banner.hidden = false;
  problem.hidden = true;
});

checkout.addEventListener('urcard-renewal-failed', (event) => {
  problem.textContent = event.detail.refunded
    ? 'The renewal did not go through; the payment was refunded.'
    : 'The renewal did not go through.';
  problem.hidden = false;
});

checkout.addEventListener('urcard-error', (event) => {
  if (event.detail.code !== 'invalid_config') return;
  problem.textContent = `Setup problem: ${event.detail.message}`;
  problem.hidden = false;
});
