export * from './contract/index.ts';
export type { CardNumberProblem } from './luhn.ts';
export { cardNumberProblem, luhnCheckDigit, luhnValid, normalizeCardNumber } from './luhn.ts';
