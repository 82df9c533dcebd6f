import type { Card } from '@urcard/sdk';
import { EXPIRY_WARNING_DAYS } from '@urcard/sdk/enums';
import { html, nothing, type TemplateResult } from 'lit';
import { define } from '../define.ts';
import type { I18n } from '../i18n/localize.ts';
import { cssProps } from '../shared/css-props.ts';

/** The auto-renew switch, fetched when a verified card is first shown (it upgrades in place once defined). */
let switchRequested = false;
function loadSwitch(): void {
  if (switchRequested) return;
  switchRequested = true;
  import('./auto-renew-switch.element.ts').then(
    (module) => define('urcard-auto-renew-switch', module.UrcardAutoRenewSwitch),
    () => {
      switchRequested = false;
    },
  );
}

/** What the summary needs from the card step that shows it. */
export interface SummaryHost {
  i18n: I18n;
  supportUrl: string | null;
  changeCard: () => void;
  next: () => void;
}

/**
 * The verified card, rendered into the card step's shadow root (its styles are the card step's): number, status,
 * expiry and days left, balance bars, coverage, and why the card cannot be renewed. A module of its own, loaded by the
 * card step after its first render: nothing here is on the first screen.
 */
export function renderCardSummary(card: Card, host: SummaryHost): TemplateResult {
  const { m, f } = host.i18n;
  const warn = card.renewable && card.daysLeft <= EXPIRY_WARNING_DAYS;
  const expiry = card.daysLeft < 0 ? m.expiredOn(f.date(card.expiresAt)) : m.expiresOn(f.date(card.expiresAt));
  const reason = card.notRenewableReason;
  const { balance } = card;
  const autoRenew = card.renewable || card.autoRenew.enabled;
  if (autoRenew) loadSwitch();
  return html`
    <section class="card-box stack" part="card-summary" aria-labelledby="card-title">
      <div class="row">
        <h3 id="card-title">${m.cardSummaryHeading(card.maskedNumber)}</h3>
        <span class="badge ${card.status}">${m.cardStatus[card.status]}</span>
      </div>
      <p>${expiry} · <strong>${m.daysLeft(card.daysLeft)}</strong></p>
      ${card.currentPlan ? html`<p class="muted">${m.currentPlan(card.currentPlan.name)}</p>` : nothing}
      ${
        warn
          ? html`<div class="alert warning" part="expiry-warning"><p>${m.expiryWarning(card.daysLeft)}</p></div>`
          : nothing
      }
      <div>
        <h3>${m.balanceHeading}</h3>
        ${balance.stale ? html`<p class="small muted">${m.balanceStale(balance.asOf && f.dateTime(balance.asOf))}</p>` : nothing}
        ${
          balance.dataMb === null || balance.dataTotalMb === null
            ? html`<p>${m.dataLabel}: ${m.unlimitedData}</p>`
            : balanceBar(
                host.i18n,
                'data',
                m.dataLabel,
                balance.dataMb,
                balance.dataTotalMb,
                f.data(balance.dataMb),
                f.data(balance.dataTotalMb),
              )
        }
        ${
          // A data-only eSIM (a carrier's top-ups) has no minutes nor texts to show.
          balance.minutesTotal > 0
            ? balanceBar(
                host.i18n,
                'minutes',
                m.minutesLabel,
                balance.minutes,
                balance.minutesTotal,
                m.minutesCount(balance.minutes),
                m.minutesCount(balance.minutesTotal),
              )
            : nothing
        }
        ${balance.sms > 0 || balance.minutesTotal > 0 ? html`<p class="small muted">${m.smsCount(balance.sms)}</p>` : nothing}
      </div>
      ${card.coverage.length > 0 ? html`<p class="small muted">${m.coverage(f.countries(card.coverage))}</p>` : nothing}
      ${
        autoRenew
          ? html`<urcard-auto-renew-switch part="auto-renew" exportparts="auto-renew-switch, error: auto-renew-error" .card=${card}></urcard-auto-renew-switch>`
          : nothing
      }
    </section>
    ${
      card.renewable
        ? nothing
        : html`<div class="alert danger" role="alert" part="error not-renewable">
          <h3>${m.notRenewableTitle}</h3>
          <p>${reason ? m.notRenewableReasons[reason.code] : m.errors.card_not_renewable}</p>
          ${reason?.message ? html`<p class="small">${reason.message}</p>` : nothing}
          ${host.supportUrl ? html`<p><a href=${host.supportUrl} target="_blank" rel="noopener">${m.contactSupport}</a></p>` : nothing}
        </div>`
    }
    <div class="actions">
      <button type="button" class="secondary" part="secondary-button" @click=${host.changeCard}>
        ${m.useDifferentCard}
      </button>
      ${
        card.renewable
          ? html`<button type="button" class="primary" part="submit-button" @click=${host.next}>
            ${m.continue}
          </button>`
          : nothing
      }
    </div>
  `;
}

/** A data or minutes balance bar, as a meter. */
function balanceBar(
  i18n: I18n,
  id: string,
  label: string,
  left: number,
  total: number,
  leftText: string,
  totalText: string,
): TemplateResult {
  const pct = total > 0 ? Math.min(100, Math.round((left / total) * 100)) : 0;
  const text = i18n.m.balanceLeft(leftText, totalText);
  return html`<div class="balance">
    <div class="row small"><span id="${id}-label">${label}</span><span aria-hidden="true">${text}</span></div>
    <div
      class="bar ${pct <= 10 ? 'low' : ''}"
      part="balance-bar"
      role="meter"
      aria-labelledby="${id}-label"
      aria-valuemin="0"
      aria-valuemax=${total}
      aria-valuenow=${Math.min(left, total)}
      aria-valuetext=${text}
    >
      <span style=${cssProps({ 'inline-size': `${pct}%` })}></span>
    </div>
  </div>`;
}
