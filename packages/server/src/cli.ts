#!/usr/bin/env node
// urcard-server: the reference renewal API. `urcard-server --help` lists every setting.
// The Node.js check comes first, and the rest is imported after it: a static import of what reaches node:sqlite would
// fail on an old Node before any of this module ran.
import { exitOnOldNode } from './node-check.ts';

exitOnOldNode();
const { ConfigError } = await import('./config.ts');
const { helpText, parseFlags } = await import('./flags.ts');
const { startServer } = await import('./server.ts');

async function main(): Promise<void> {
  let flags: ReturnType<typeof parseFlags>;
  try {
    flags = parseFlags(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`urcard-server: ${error.message}\n`);
    process.exit(2);
  }
  const { help, ...settings } = flags;
  if (help) {
    process.stdout.write(`${helpText()}\n`);
    return;
  }
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer({ ...settings, env: process.env });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`urcard-server: ${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(
    `urcard-server ${server.services.config.payments} mode on ${server.url} (database ${server.services.config.db})\n`,
  );
  const stop = (signal: string) => {
    server.services.log.info('stopping', { signal });
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

await main();
