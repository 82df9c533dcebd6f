// What the checkout hands every step, through `@lit/context` rather than one property binding per step tag:
// the SDK client, the parsed configuration, the localisation and the flow (src/checkout/checkout-flow.ts).
import { createContext } from '@lit/context';
import type { UrcardClient } from '@urcard/sdk';
import type { I18n } from '../i18n/localize.ts';
import type { Flow } from '../steps/flow.ts';
import type { CheckoutConfig } from './config.ts';

export const clientContext = createContext<UrcardClient>(Symbol('urcard-client'));
export const configContext = createContext<CheckoutConfig>(Symbol('urcard-config'));
export const i18nContext = createContext<I18n>(Symbol('urcard-i18n'));
export const flowContext = createContext<Flow>(Symbol('urcard-flow'));
