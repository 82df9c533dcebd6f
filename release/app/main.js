// A partner page built with Vite: the published element, registered by its define module.
import { UrcardCheckout } from '@urcard/checkout';
import '@urcard/checkout/define.js';

const checkout = document.createElement('urcard-checkout');
checkout.setAttribute('api-base', new URLSearchParams(location.search).get('api') ?? '');
checkout.setAttribute('publishable-key', 'pk_test_demo');
document.body.append(checkout);
window.urcardVersion = UrcardCheckout.version;
