// The demo's carrier (`pnpm demo:airalo`): the local fake of Airalo's Partner API (the one the tests use) on
// 127.0.0.1, with a few eSIMs and their top-up packages. Prints one JSON line, `{"url", "airaloClientId", "airaloClientSecret", "iccids"}`, then
// serves until stopped. Usage: node scripts/fake-airalo.ts [port]
import { luhnCheckDigit } from '@urcard/sdk';
import { FAKE_AIRALO_CREDENTIALS, fakePackage, startFakeAiralo } from '../src/test-support/fake-airalo/index.ts';

/** `89445` + a serial + the Luhn digit: numbers the card form accepts. */
function iccid(serial: number): string {
  const body = `89445${String(serial).padStart(13, '0')}`;
  return `${body}${luhnCheckDigit(body)}`;
}

// Package ids named like the catalogue's plans; titles, data and prices as Airalo's top-up list gives them.
const PACKAGES = [
  fakePackage('basic-7', { title: '3 GB - 7 Days', amount: 3072, day: 7, price: 6.99, net_price: 4.5 }),
  fakePackage('basic-30', { title: '10 GB - 30 Days', amount: 10_240, day: 30, price: 19.99, net_price: 13 }),
  fakePackage('advanced-30', { title: '20 GB - 30 Days', amount: 20_480, day: 30, price: 34.99, net_price: 24 }),
];

const port = Number(process.argv[2] ?? 0);
const fake = await startFakeAiralo({ port });
const iccids = [1, 2, 3].map(iccid);
for (const number of iccids) fake.addSim(number, PACKAGES, { remaining: 512, total: 3072 });
console.log(JSON.stringify({ url: fake.url, ...FAKE_AIRALO_CREDENTIALS, iccids }));
const stop = () => void fake.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
