import {
  type Appearance,
  type RenewalCompleteEvent,
  type RenewalFailedEvent,
  type Step,
  UrcardCheckout,
  type UrcardCheckoutElement,
  type UrcardErrorEvent,
} from '@urcard/react';
import { useRef, useState } from 'react';
import { Link } from 'react-router';

/** The partner's brand per colour scheme, passed as an object through `appearance` (it wins over CSS tokens). */
const APPEARANCE: Record<'light' | 'dark', Appearance> = {
  light: { colorPrimary: '#7c3aed', colorOnPrimary: '#ffffff', radius: '12px' },
  dark: { colorPrimary: '#c4b5fd', colorOnPrimary: '#1e1033', radius: '12px' },
};

type Outcome =
  | { kind: 'complete'; until: string; receiptNumber: string }
  | { kind: 'failed'; refunded: boolean }
  | { kind: 'config'; message: string };

/**
 * The renewal route. It leaves out `history="steps"`: the router owns the browser history, so the widget adds no
 * entries and the browser's Back leaves this route (the widget's own header "Back" moves between its steps).
 */
export function Renewal({ apiBase }: { apiBase: string }) {
  const checkout = useRef<UrcardCheckoutElement>(null);
  const [theme, setTheme] = useState<'light' | 'dark'>('light');
  const [step, setStep] = useState<Step>('card');
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  // Every callback's event is typed: `event.detail` has the fields of RenewalCompleteEvent, and so on.
  const onComplete = (event: RenewalCompleteEvent) => {
    const { expiresAt, receiptNumber } = event.detail;
    const until = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(new Date(expiresAt));
    setOutcome({ kind: 'complete', until, receiptNumber });
  };
  const onFailed = (event: RenewalFailedEvent) => setOutcome({ kind: 'failed', refunded: event.detail.refunded });
  const onError = (event: UrcardErrorEvent) => {
    if (event.detail.code === 'invalid_config') setOutcome({ kind: 'config', message: event.detail.message });
  };

  const startOver = () => {
    checkout.current?.reset();
    setOutcome(null);
  };

  return (
    <main className={`page page--${theme}`}>
      <nav className="crumbs">
        <Link to="/">Home</Link>
      </nav>
      <header className="page__header">
        <div>
          <p className="eyebrow">Example · React 19 + @urcard/react + React Router</p>
          <h1>Renew your UR card</h1>
        </div>
        <button
          type="button"
          className="toggle"
          data-testid="theme-toggle"
          aria-pressed={theme === 'dark'}
          onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}
        >
          Dark mode
        </button>
      </header>

      <p className="status" data-testid="step">
        Widget step: <strong>{step}</strong>
      </p>

      {outcome?.kind === 'complete' && (
        <p className="banner" data-testid="renewal-banner" role="status">
          Renewed: your card runs until {outcome.until}. Receipt {outcome.receiptNumber}.{' '}
          <button type="button" className="link" onClick={startOver}>
            Start over
          </button>
        </p>
      )}
      {outcome?.kind === 'failed' && (
        <p className="banner banner--problem" data-testid="renewal-problem" role="alert">
          The renewal did not go through{outcome.refunded ? '; the payment was refunded' : ''}.
        </p>
      )}
      {outcome?.kind === 'config' && (
        <p className="banner banner--problem" data-testid="renewal-problem" role="alert">
          Setup problem: {outcome.message}
        </p>
      )}

      <UrcardCheckout
        ref={checkout}
        data-testid="checkout"
        apiBase={apiBase}
        publishableKey="pk_test_demo"
        currency="USD"
        theme={theme}
        partnerRef="react-example"
        appearance={APPEARANCE[theme]}
        onUrcardStepChange={(event) => setStep(event.detail.step)}
        onUrcardRenewalComplete={onComplete}
        onUrcardRenewalFailed={onFailed}
        onUrcardError={onError}
      />
    </main>
  );
}
