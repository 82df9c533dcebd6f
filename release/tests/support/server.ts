// The installed urcard-server, started as a partner would start it: its bin, sandbox payments, a database file.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Consumer } from './consumer.ts';

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

export async function startInstalledServer(consumer: Consumer): Promise<RunningServer> {
  const bin = join(consumer.dir, 'node_modules/.bin/urcard-server');
  const db = join(consumer.dir, 'data/urcard.db');
  const args = [bin, '--port', '0', '--host', '127.0.0.1', '--db', db, '--payments', 'sandbox'];
  const child = spawn(process.execPath, args, {
    cwd: consumer.dir,
    // A quick simulated carrier, so that a renewal completes in well under a second.
    env: { ...consumer.env, URCARD_CARRIER_DELAY_MS: '200', URCARD_JOB_POLL_MS: '100', URCARD_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`urcard-server did not start in 20 s:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = /mode on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`urcard-server exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
