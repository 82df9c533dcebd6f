// The demo's carrier (`pnpm demo:airalo`): the local fake of Airalo's Partner API (the one the tests use) on
// 127.0.0.1, with a few eSIMs and their top-up packages. Prints one JSON line, `{"url", "airaloClientId", "airaloClientSecret", "iccids"}`, then
// serves until stopped. Usage: node scripts/fake-airalo.ts [port]
import { FAKE_AIRALO_CREDENTIALS, fakePackage, startFakeAiralo } from '../src/test-support/fake-airalo/index.ts';
import { iccid } from '../src/test-support/iccids.ts';

// The eSIMs' top-up packages as Airalo's top-up list gives them: the widget's plans come from it.
const PACKAGES = [
  fakePackage('discover-7days-1gb-topup', { title: '1 GB - 7 Days', amount: 1024, day: 7, price: 5, net_price: 3.5 }),
  fakePackage('discover-30days-3gb-topup', {
    title: '3 GB - 30 Days',
    amount: 3072,
    day: 30,
    price: 11,
    net_price: 7.7,
  }),
  fakePackage('discover-30days-10gb-topup', {
    title: '10 GB - 30 Days',
    amount: 10_240,
    day: 30,
    price: 26,
    net_price: 18.2,
  }),
];

const port = Number(process.argv[2] ?? 0);
const fake = await startFakeAiralo({ port });
const iccids = [1, 2, 3].map((serial) => iccid(serial, '89445'));
for (const number of iccids) fake.addSim(number, PACKAGES, { remaining: 512, total: 3072 });
console.log(JSON.stringify({ url: fake.url, ...FAKE_AIRALO_CREDENTIALS, iccids }));
const stop = () => void fake.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
