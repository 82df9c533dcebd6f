import type { Card, Money } from '@urcard/sdk';

/** The monthly caps offered for top-ups when data runs low, in renewals' worth. */
const CAP_MULTIPLES = [1, 2, 3, 5];

/**
 * The caps the auto-renew switch offers: 1, 2, 3 and 5 renewals' worth at the next charge's price, in the card's
 * currency (the server's rule), plus the card's own cap when it is another amount. Empty without a price.
 */
export function capOptions({ nextCharge, lowData }: Card['autoRenew']): Money[] {
  const price = nextCharge?.amount ?? lowData?.monthlyCap;
  if (!price) return [];
  const amounts = new Set(CAP_MULTIPLES.map((n) => n * price.amount));
  if (lowData?.monthlyCap?.currency === price.currency) amounts.add(lowData.monthlyCap.amount);
  return [...amounts].sort((a, b) => a - b).map((amount) => ({ amount, currency: price.currency }));
}

/** The cap shown as chosen: the customer's pick, else the card's, else two renewals' worth. */
export function capChoice(options: Money[], chosen: number | null | undefined): Money | undefined {
  return options.find((o) => o.amount === chosen) ?? options[1] ?? options[0];
}
