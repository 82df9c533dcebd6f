// A React 19 app's use of @urcard/react, type-checked with the app's own TypeScript.
import { type RenewalCompleteEvent, UrcardCheckout, type UrcardCheckoutElement } from '@urcard/react';
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';

export function Renew({ onDone }: { onDone: (receipt: string) => void }) {
  const ref = useRef<UrcardCheckoutElement>(null);
  const [step, setStep] = useState<string>('card');
  const complete = (event: RenewalCompleteEvent) => onDone(event.detail.receiptNumber);
  return (
    <section data-step={step}>
      <UrcardCheckout
        ref={ref}
        apiBase="http://127.0.0.1:8787"
        publishableKey="pk_test_demo"
        locale="zh-CN"
        onUrcardStepChange={(event) => setStep(event.detail.step)}
        onUrcardRenewalComplete={complete}
      />
    </section>
  );
}

createRoot(document.body).render(<Renew onDone={(receipt) => console.log(receipt)} />);

// The props are typed, not `any`: each of these must be an error.
// @ts-expect-error apiBase is a string
export const wrongType = <UrcardCheckout apiBase={42} publishableKey="pk_test_demo" />;
// @ts-expect-error no such prop
export const unknownProp = <UrcardCheckout apiBase="x" publishableKey="pk_test_demo" colour="red" />;
// @ts-expect-error the event's detail has no such field
export const wrongDetail = <UrcardCheckout onUrcardRenewalComplete={(event) => event.detail.nope} />;
