// A partner page as examples/vanilla uses the package from npm: one import that registers the element.
import '@urcard/checkout/define.js';
