import type { ParseArgsOptionsConfig } from 'node:util';
import { parseArgs } from 'node:util';
import type { ServerConfig, Setting } from './config.ts';
import { ConfigError, parseValue, SETTINGS } from './config.ts';

// The command line: flags parsed with node:util's parseArgs, and `--help`, both from SETTINGS.

type FlagEntry = [keyof ServerConfig, Setting<unknown>];

/**
 * What node:util's parseArgs does not take as we document it: drops `--` (pnpm passes it through), turns
 * `--seed=false` into `--no-seed`, gives a bare `--trust-proxy` its value, and names an unknown option.
 */
function normaliseArgs(argv: readonly string[], byFlag: Map<string, FlagEntry>): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') continue;
    if (!arg.startsWith('--')) {
      out.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq === -1 ? arg : arg.slice(0, eq);
    const negated = flag.startsWith('--no-') ? byFlag.get(`--${flag.slice(5)}`) : undefined;
    const entry = byFlag.get(flag) ?? (negated?.[1].kind === 'bool' ? negated : undefined);
    if (!entry && flag !== '--help') throw new ConfigError(`Unknown option ${flag}. Run with --help for the list.`);
    const setting = entry?.[1];
    if (setting?.kind === 'bool' && eq !== -1 && !negated) {
      out.push(parseValue(flag, setting, arg.slice(eq + 1)) ? flag : `--no-${flag.slice(2)}`);
    } else if (setting?.bare !== undefined && eq === -1 && (argv[i + 1] ?? '--').startsWith('--')) {
      out.push(`${flag}=${setting.bare}`);
    } else {
      out.push(arg);
    }
  }
  return out;
}

/** Parses command-line flags (`--port 8787`, `--port=8787`, `--seed`, `--seed=false`, `--no-seed`, `-h`). */
export function parseFlags(argv: readonly string[]): Partial<ServerConfig> & { help?: boolean } {
  const byFlag = new Map<string, FlagEntry>();
  const options: ParseArgsOptionsConfig = { help: { type: 'boolean', short: 'h' } };
  for (const [key, setting] of Object.entries(SETTINGS) as FlagEntry[]) {
    if (!setting.flag) continue;
    byFlag.set(setting.flag, [key, setting]);
    options[setting.flag.slice(2)] = { type: setting.kind === 'bool' ? 'boolean' : 'string' };
  }
  const args = normaliseArgs(argv, byFlag);
  let values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  try {
    ({ values } = parseArgs({ args, options, strict: true, allowNegative: true }));
  } catch (error) {
    const code = (error as { code?: string }).code;
    const flag = /'(--?[\w-]+)/.exec((error as Error).message)?.[1];
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && flag) throw new ConfigError(`${flag} needs a value`);
    throw new ConfigError(`${(error as Error).message.split('\n')[0]}. Run with --help for the list.`);
  }
  const out: Record<string, unknown> = {};
  if (values.help) out.help = true;
  for (const [flag, [key, setting]] of byFlag) {
    const value = values[flag.slice(2)];
    if (value === undefined) continue;
    out[key] = typeof value === 'boolean' ? value : parseValue(flag, setting, String(value));
  }
  return out as Partial<ServerConfig> & { help?: boolean };
}

/** The `--help` text, generated from SETTINGS. */
export function helpText(): string {
  const lines = ['Usage: urcard-server [options]', '', 'Options (each also read from its environment variable):', ''];
  for (const setting of Object.values(SETTINGS) as Setting<unknown>[]) {
    const def = typeof setting.default === 'function' ? '(see text)' : JSON.stringify(setting.default);
    const name = setting.flag ? `${setting.flag}, ${setting.env}` : setting.env;
    lines.push(`  ${name}`, `      ${setting.doc}${setting.secret ? '' : ` Default: ${def}.`}`);
  }
  lines.push('  --help', '      This text.');
  return lines.join('\n');
}
