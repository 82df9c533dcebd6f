// The partner page's listeners. A separate file, so the page needs no inline script.
const checkout = document.getElementById('checkout');
const banner = document.getElementById('renewal-banner');

checkout.addEventListener('urcard-renewal-complete', (event) => {
  const { expiresAt, receiptNumber } = event.detail;
  const until = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(new Date(expiresAt));
  banner.textContent = `Renewed: your card runs until ${until}. Receipt ${receiptNumber}.`;
  banner.hidden = false;
});

checkout.addEventListener('urcard-renewal-failed', (event) => {
  banner.textContent = event.detail.refunded
    ? 'The renewal did not go through; your payment was refunded.'
    : 'The renewal did not go through.';
  banner.dataset.state = 'failed';
  banner.hidden = false;
});
