/**
 * Conversions between a guest config value in Proxmox's command syntax (`2048`, `1`,
 * `10.0.0.1 10.0.0.2`, `order=scsi0;net0`) and the typed value a command builder takes (a number,
 * a boolean, a word list...), both ways. Each row of the guest key tables names one of these.
 */

/** A config value that does not have the form its key needs (`memory: lots`). */
export class ConfigValueError extends Error {}

export interface Conversion<V> {
  /** The form of the value, for messages and tests: `int`, `bool`, `text`, `words`... */
  readonly name: string;
  /** Config string to builder value; throws a ConfigValueError naming `key` when malformed. */
  toValue(key: string, text: string): V;
  /** Builder value back to the config string. */
  toText(value: V): string;
  /** The words a `one-of` conversion takes. */
  readonly choices?: readonly string[];
}

/** A whole number (`2048`). */
export const INT: Conversion<number> = {
  name: 'int',
  toValue(key, text) {
    if (!/^\d+$/.test(text)) throw new ConfigValueError(`${key}: expected a whole number, got '${text}'`);
    return Number(text);
  },
  toText: (value) => String(value),
};

/** A number Proxmox takes with a fraction (`cpulimit: 1.5`), passed on as written. */
export const DECIMAL: Conversion<number> = {
  name: 'decimal',
  toValue: (_key, text) => Number(text),
  toText: (value) => String(value),
};

/** Proxmox's `1`/`0`. */
export const BOOL: Conversion<boolean> = {
  name: 'bool',
  toValue(key, text) {
    if (text === '1') return true;
    if (text === '0') return false;
    throw new ConfigValueError(`${key}: expected 0 or 1, got '${text}'`);
  },
  toText: (value) => (value ? '1' : '0'),
};

/** A string passed on as written (names, property strings, volumes). */
export const TEXT: Conversion<string> = {
  name: 'text',
  toValue: (_key, text) => text,
  toText: (value) => value,
};

/** A list of words (`10.0.0.1 10.0.0.2`; commas and semicolons separate too), written back with spaces. */
export const WORDS: Conversion<string[]> = {
  name: 'words',
  toValue: (_key, text) => text.split(/[\s,;]+/).filter(Boolean),
  toText: (value) => value.join(' '),
};

/** The VM boot order `order=scsi0;net0` as the device list `['scsi0', 'net0']`. */
export const BOOT_ORDER: Conversion<string[]> = {
  name: 'boot-order',
  toValue(key, text) {
    const order = /^order=(.+)$/.exec(text);
    if (!order) throw new ConfigValueError(`${key}: expected 'order=DEV;DEV', got '${text}'`);
    return order[1]!.split(';').filter(Boolean);
  },
  toText: (value) => `order=${value.join(';')}`,
};

/** One of a fixed set of words (the ones the command builder's type lists). */
export function oneOf<const T extends string>(...values: T[]): Conversion<T> {
  const known: readonly string[] = values;
  const isKnown = (text: string): text is T => known.includes(text);
  return {
    name: 'one-of',
    choices: known,
    toValue(key, text) {
      if (!isKnown(text))
        throw new ConfigValueError(`${key}: expected one of ${values.join(', ')}, got '${text}'`);
      return text;
    },
    toText: (value) => value,
  };
}
