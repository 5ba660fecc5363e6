/**
 * Builders of Proxmox VE API calls through `pvesh`: the reads of the live state (cluster
 * resources, node network, version, storage contents, any GET), and the API calls the other CLIs
 * lack (download a file into a storage, set a user's password).
 */
import { fail as bad, HostCommandInputError, options, ro, rw, show, type HostCommand } from './command.js';
import { checkNodeName, checkStorageId, checkUrl } from './checks.js';

// ---- live-state reading (a constant number of commands, whatever the number of guests) ----

/** All guests, storages and nodes of the cluster in one JSON document. */
export function clusterResources(): HostCommand {
  return ro('pvesh', 'get', '/cluster/resources', '--output-format', 'json');
}

/** The cluster's nodes: name, cluster address (`ip`), online, and which one answers (`local`). */
export function clusterStatus(): HostCommand {
  return ro('pvesh', 'get', '/cluster/status', '--output-format', 'json');
}

/** Bridges (and other interfaces) of one node. */
export function nodeNetwork(node: string): HostCommand {
  return ro('pvesh', 'get', `/nodes/${node}/network`, '--output-format', 'json');
}

/** Proxmox VE version of the node we talk to. */
export function pveVersion(): HostCommand {
  return ro('pvesh', 'get', '/version', '--output-format', 'json');
}

/** Contents (templates, ISOs) of one storage. */
export function storageContent(node: string, storage: string, content: string): HostCommand {
  return ro(
    'pvesh',
    'get',
    `/nodes/${node}/storage/${storage}/content`,
    '--content',
    content,
    '--output-format',
    'json',
  );
}

/** Any read-only API call: `pvesh get PATH [--param value...] --output-format json`. */
export function apiGet(path: string, params: Readonly<Record<string, string | number>> = {}): HostCommand {
  if (!/^\/[A-Za-z0-9/_.:@!-]*$/.test(path))
    throw new HostCommandInputError(`invalid API path ${JSON.stringify(path)}`);
  return ro('pvesh', 'get', path, ...options(Object.entries(params)), '--output-format', 'json');
}

// ---- Proxmox API calls the CLIs lack ----

const checkFileName = (name: string, what: string): string =>
  /^[A-Za-z0-9][A-Za-z0-9._+-]*$/.test(name) ? name : bad(`invalid ${what} ${show(name)}`);

/** Downloads a file (ISO, cloud image, template) into a storage through the node (PVE 7.2+). */
export function pveDownloadUrl(
  node: string,
  storage: string,
  o: {
    url: string;
    filename: string;
    content: 'iso' | 'vztmpl' | 'import';
    checksum?: string;
    checksumAlgorithm?: 'md5' | 'sha1' | 'sha224' | 'sha256' | 'sha384' | 'sha512';
  },
): HostCommand {
  if ((o.checksum === undefined) !== (o.checksumAlgorithm === undefined))
    bad('download-url: give both checksum and checksum algorithm, or neither');
  if (o.checksum !== undefined && !/^[0-9a-fA-F]{32,128}$/.test(o.checksum))
    bad(`invalid checksum ${show(o.checksum)}`);
  return rw(
    'pvesh',
    'create',
    `/nodes/${checkNodeName(node)}/storage/${checkStorageId(storage)}/download-url`,
    ...options([
      ['content', o.content],
      ['filename', checkFileName(o.filename, 'file name')],
      ['url', checkUrl(o.url)],
      ['checksum', o.checksum],
      ['checksum-algorithm', o.checksumAlgorithm],
    ]),
  );
}

/** Sets the password of a Proxmox VE user (realm `pve`); the value is a secret, masked in logs. */
export function pveSetPassword(userid: string, password: string): HostCommand {
  if (!/^[^\s:/]+@[A-Za-z][A-Za-z0-9.\-_]+$/.test(userid)) bad(`invalid user id ${show(userid)}`);
  if (password.length < 5 || /[\r\n\0]/.test(password))
    bad(`the password of ${userid} must be at least 5 characters on one line`);
  return {
    ...rw('pvesh', 'set', '/access/password', '--userid', userid, '--password', password),
    secrets: [password],
  };
}
