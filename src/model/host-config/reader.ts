/**
 * Reading one config file into the host model with findings at JSON paths: typed getters that
 * report a wrong type at the value's path and return undefined, so resolution keeps going and
 * the user sees every problem at once. Plus the patterns the host sections share.
 */
import type { JsonPath } from '../../config/json-source.js';
import type { ConfigFileKey } from '../types.js';
import type { HostFinding } from './types.js';

export type Obj = Record<string, unknown>;

export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export class ConfigReader {
  constructor(
    /** The file read. */
    readonly file: ConfigFileKey,
    /** Where findings go (shared by the readers of one resolution). */
    readonly findings: HostFinding[],
  ) {}

  private add(severity: 'error' | 'warning', path: JsonPath, message: string, rule: string): void {
    this.findings.push({ file: this.file, path, severity, rule, message });
  }

  error(path: JsonPath, message: string, rule = 'PHX-HV-CONFIG'): void {
    this.add('error', path, message, rule);
  }

  warn(path: JsonPath, message: string, rule = 'PHX-HV-CONFIG'): void {
    this.add('warning', path, message, rule);
  }

  /** `a.b[2].c` for messages. */
  static show(path: JsonPath): string {
    return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
  }

  obj(v: unknown, path: JsonPath): Obj | undefined {
    if (v === undefined || v === null) return undefined;
    if (isObj(v)) return v;
    this.error(path, `${ConfigReader.show(path)} must be an object`);
    return undefined;
  }

  arr(v: unknown, path: JsonPath): unknown[] {
    if (v === undefined || v === null) return [];
    if (Array.isArray(v)) return v;
    this.error(path, `${ConfigReader.show(path)} must be an array`);
    return [];
  }

  str(v: unknown, path: JsonPath): string | undefined {
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string') return v.trim() === '' ? undefined : v;
    this.error(path, `${ConfigReader.show(path)} must be a string`);
    return undefined;
  }

  bool(v: unknown, path: JsonPath): boolean | undefined {
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'boolean') return v;
    this.error(path, `${ConfigReader.show(path)} must be true or false`);
    return undefined;
  }

  num(v: unknown, path: JsonPath): number | undefined {
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'number' && Number.isFinite(v)) return v;
    this.error(path, `${ConfigReader.show(path)} must be a number`);
    return undefined;
  }

  /** A string list written as an array or as one comma/space separated string. */
  list(v: unknown, path: JsonPath): string[] {
    if (v === undefined || v === null) return [];
    if (typeof v === 'string')
      return v
        .split(/[\s,]+/)
        .map((s) => s.trim())
        .filter(Boolean);
    if (Array.isArray(v) && v.every((x) => typeof x === 'string'))
      return (v as string[]).filter((s) => s.trim());
    this.error(path, `${ConfigReader.show(path)} must be a list of strings`);
    return [];
  }

  /**
   * `list` without the items `ok` rejects: each of those is reported (`"item" is not WHAT` when
   * `message` is a string) at the list, or with `atItem` at the item's index, and dropped.
   */
  listOf(
    v: unknown,
    path: JsonPath,
    ok: RegExp | ((item: string) => boolean),
    message: string | ((item: string) => string),
    opts: { readonly rule?: string; readonly atItem?: boolean } = {},
  ): string[] {
    const accepts = typeof ok === 'function' ? ok : (item: string) => ok.test(item);
    const say =
      typeof message === 'function' ? message : (item: string) => `${JSON.stringify(item)} is not ${message}`;
    return this.list(v, path).filter(
      (item, i) => accepts(item) || void this.error(opts.atItem ? [...path, i] : path, say(item), opts.rule),
    );
  }

  /** A string that must match `re`; reports `what` otherwise. */
  match(v: unknown, path: JsonPath, re: RegExp, what: string): string | undefined {
    const s = this.str(v, path);
    if (s === undefined) return undefined;
    if (re.test(s)) return s;
    this.error(path, `${ConfigReader.show(path)} ${JSON.stringify(s)} must be ${what}`);
    return undefined;
  }
}

const OCTET = '(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])';
export const IPV4 = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`);
export const IPV4_CIDR = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}/(?:3[0-2]|[12][0-9]|[0-9])$`);
export const IFACE = /^[A-Za-z][A-Za-z0-9_-]{0,14}$/;
export const DNS_NAME =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)*[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;
export const ZFS_NAME = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;
export const LINUX_USER = /^[a-z_][a-z0-9_-]{0,31}$/;
export const PACKAGE = /^[a-z0-9][a-z0-9+.-]+$/;
export const USERID = /^[^\s:/@]+@[A-Za-z][A-Za-z0-9.\-_]+$/;
export const GROUPID = /^[A-Za-z0-9.\-_]+$/;
export const STORAGE_ID = /^[A-Za-z][A-Za-z0-9\-_.]*[A-Za-z0-9]$/;
export const ENV_NAME = /^[A-Z_][A-Z0-9_]*$/;

/** First host address of an IPv4 subnet (`10.1.0.0/24` -> `10.1.0.1/24`). */
export function firstHost(cidr: string): string | undefined {
  if (!IPV4_CIDR.test(cidr)) return undefined;
  const [ip, len] = cidr.split('/') as [string, string];
  const prefix = Number(len);
  if (prefix > 30) return undefined;
  const n = ip.split('.').reduce((acc, o) => acc * 256 + Number(o), 0);
  const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  const host = ((n & mask) >>> 0) + 1;
  return `${[24, 16, 8, 0].map((s) => (host >>> s) & 255).join('.')}/${prefix}`;
}
