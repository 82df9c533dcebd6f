// The dynamic entry of the SDK chunk (see lazy-client.ts): only what the lazy client needs, so that bundlers put
// createClient, zod and the contract's response schemas in that chunk rather than in the first download.
export { createClient } from '@urcard/sdk';
