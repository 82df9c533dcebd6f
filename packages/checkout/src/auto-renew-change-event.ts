/** Fired when the customer turns automatic renewal on or off in the card summary (the server has accepted it). */
export class AutoRenewChangeEvent extends Event {
  constructor(readonly detail: { cardId: string; enabled: boolean; partnerRef: string | null }) {
    super('urcard-auto-renew-change', { bubbles: true, composed: true });
  }
}
