// The sandbox's outbox (`pnpm start`): an SMTP server on 127.0.0.1 that writes every email it gets to a folder
// as an .eml file (open it in any mail app). Usage: node scripts/mail-sink.ts <port> <folder>
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startMailSink } from '../src/test-support/mail-sink.ts';

const port = Number(process.argv[2] ?? 2525);
const folder = process.argv[3] ?? '.urcard/mail';
mkdirSync(folder, { recursive: true });
let n = 0;
const sink = await startMailSink(port, (raw, mail) => {
  const name = `${new Date().toISOString().replaceAll(':', '-')}-${++n}.eml`;
  writeFileSync(join(folder, name), raw);
  console.log(
    `mail to ${mail.to ? (Array.isArray(mail.to) ? mail.to.map((t) => t.text).join(', ') : mail.to.text) : '?'}: ${join(folder, name)}`,
  );
});
console.log(`mail sink on ${sink.url}, writing to ${folder}`);
process.on('SIGTERM', () => void sink.close().then(() => process.exit(0)));
process.on('SIGINT', () => void sink.close().then(() => process.exit(0)));
