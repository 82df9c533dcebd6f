export * from './cards.ts';
export * from './common.ts';
export * from './customers.ts';
export * from './health.ts';
export * from './orders.ts';
export * from './plans.ts';
export * from './quotes.ts';
export * from './routes.ts';
