/**
 * One JSON object per line on stdout. Secrets never reach it: fields with a secret's name are dropped, and
 * any run of 12 or more digits in a string (a card number pasted into a message) is masked.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

/** Where lines go: a function receiving each serialised line, or `false` for nowhere. */
export type LogSink = ((line: string) => void) | false;

const LEVELS: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** Keys whose values are never written, wherever they appear. */
const SECRET_KEYS =
  /^(pin|cardnumber|number|cardtoken|token|clientsecret|client_secret|secret|secretkey|authorization|password|cookie)$/i;
const LONG_DIGITS = /\d{12,}/g;

export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.replace(LONG_DIGITS, (d) => `…${d.slice(-4)}`);
  if (value === null || typeof value !== 'object' || depth > 6) return value;
  if (value instanceof Error) {
    return { name: value.name, message: redact(value.message, depth + 1), stack: redact(value.stack, depth + 1) };
  }
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = SECRET_KEYS.test(key) ? '[redacted]' : redact(v, depth + 1);
  }
  return out;
}

export function createLogger(sink: LogSink = (line) => process.stdout.write(`${line}\n`), minLevel: LogLevel = 'info') {
  const write = (level: LogLevel, msg: string, fields: LogFields = {}) => {
    if (sink === false || LEVELS[level] < LEVELS[minLevel]) return;
    const record = { time: new Date().toISOString(), level, msg: redact(msg), ...(redact(fields) as LogFields) };
    sink(JSON.stringify(record));
  };
  const logger: Logger = {
    debug: (msg, fields) => write('debug', msg, fields),
    info: (msg, fields) => write('info', msg, fields),
    warn: (msg, fields) => write('warn', msg, fields),
    error: (msg, fields) => write('error', msg, fields),
  };
  return logger;
}
