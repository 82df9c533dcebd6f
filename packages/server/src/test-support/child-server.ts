import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../cli.ts', import.meta.url));

export interface Child {
  process: ChildProcess;
  url: string;
  output: string[];
  exited: Promise<number | null>;
}

/**
 * Starts `urcard-server` (the CLI, from source) as a child process on 127.0.0.1:0 with the database `flags`
 * (`--db …` or `--database-url …`) and waits for its "listening" line.
 */
export async function spawnServer(flags: readonly string[], env: Record<string, string>): Promise<Child> {
  const child = spawn(
    process.execPath,
    ['--conditions=source', CLI, '--host', '127.0.0.1', '--port', '0', ...flags, '--payments', 'sandbox'],
    { env: { ...process.env, STRIPE_SECRET_KEY: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const output: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output.join('\n')}`)), 20_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk;
      let newline = buffer.indexOf('\n');
      while (newline >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        output.push(line);
        const record = JSON.parse(line) as { msg?: string; url?: string };
        if (record.msg === 'listening' && record.url) {
          clearTimeout(timer);
          resolve(record.url);
        }
        newline = buffer.indexOf('\n');
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => output.push(String(chunk)));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output.join('\n')}`)));
  });
  return { process: child, url, output, exited };
}

export async function kill(child: Child): Promise<void> {
  if (child.process.exitCode !== null || child.process.signalCode !== null) return;
  child.process.kill('SIGKILL');
  await child.exited;
}
