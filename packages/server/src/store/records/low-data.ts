import type { LowDataSkipReason, Money } from '@urcard/sdk';

/** The customer's choice: also renew when the carrier says the data runs low, up to a monthly cap. */
export interface LowDataSetting {
  enabled: boolean;
  /** In the currency of the card's last purchase; required while enabled. */
  monthlyCap: Money | null;
}

export const LOW_DATA_OFF: LowDataSetting = { enabled: false, monthlyCap: null };

/** A low-data notification acted on: once per card, package and level. */
export interface LowDataTriggerRecord {
  cardId: string;
  packageName: string;
  level: string;
  /** `ordered` (the order is `orderId`), or why not. */
  outcome: 'ordered' | LowDataSkipReason;
  orderId: string | null;
  createdAt: number;
}

/** Low-data triggers and what they cost this month. */
export interface LowDataStoreData {
  /** False when the card has a trigger for that package and level already (nothing is written). */
  insertLowDataTrigger(trigger: LowDataTriggerRecord): Promise<boolean>;
  getLowDataTrigger(cardId: string, packageName: string, level: string): Promise<LowDataTriggerRecord | null>;
  /**
   * The totals, in minor units of `currency`, of the card's low-data orders triggered at or after `since` that
   * are paid or being paid (not failed, canceled or refunded).
   */
  lowDataSpent(cardId: string, since: number, currency: string): Promise<number>;
}
