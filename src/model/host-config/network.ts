/**
 * The network section of the hypervisor file: the main bridge (`network.interfaces`), the internal
 * bridge, extra bridges (`network.bridges[]`), VLAN interfaces of the host (`network.vlans[]`) and
 * /etc/hosts entries (`network.hosts[]`). Every bridge needs an address, a subnet or an explicit
 * `"method": "manual"`.
 */
import type { JsonPath } from '../../config/json-source.js';
import { ConfigReader, DNS_NAME, firstHost, IFACE, IPV4, IPV4_CIDR, type Obj } from './reader.js';
import type { BridgeDef, HostConfig, HostsEntry, VlanDef } from './types.js';

function readBridge(
  r: ConfigReader,
  o: Obj,
  path: JsonPath,
  main: boolean,
  subnet?: string,
): BridgeDef | undefined {
  const name = r.match(
    o.name,
    [...path, 'name'],
    IFACE,
    'an interface name like vmbr1 (at most 15 characters)',
  );
  if (!name) {
    if (o.name === undefined) r.error(path, `${ConfigReader.show(path)} needs a name`, 'PHX-HV-BRIDGE');
    return undefined;
  }
  const manual = o.method === 'manual';
  let address = r.match(
    o.address,
    [...path, 'address'],
    IPV4_CIDR,
    'an IPv4 address in CIDR notation like 10.0.0.13/24',
  );
  const addressPath: JsonPath | undefined = address ? [...path, 'address'] : undefined;
  if (!address && subnet) address = firstHost(subnet);
  if (!address && !manual && o.address === undefined) {
    r.error(
      path,
      `bridge ${name} has no address: give "address" (CIDR, e.g. 10.0.1.1/24)${subnet === undefined && !main ? ', a "subnet", ' : ' '}or "method": "manual" for a bridge the host has no address on`,
      'PHX-HV-BRIDGE',
    );
    return undefined;
  }
  const gateway = r.match(o.gateway, [...path, 'gateway'], IPV4, 'an IPv4 address');
  const ports = r.list(o.bridge_ports ?? o.ports, [
    ...path,
    o.bridge_ports !== undefined ? 'bridge_ports' : 'ports',
  ]);
  for (const p of ports)
    if (!IFACE.test(p))
      r.error(
        [...path],
        `bridge ${name}: port ${JSON.stringify(p)} is not an interface name`,
        'PHX-HV-BRIDGE',
      );
  return {
    name,
    address,
    gateway,
    ports,
    vlanAware: r.bool(o.vlan_aware, [...path, 'vlan_aware']) ?? false,
    comment: r.str(o.comment, [...path, 'comment'])?.replace(/[\r\n]+/g, ' '),
    main,
    subnet,
    addressPath,
    path,
  };
}

export function readNetwork(r: ConfigReader, raw: Obj): HostConfig['network'] {
  const net = r.obj(raw.network, ['network']) ?? {};
  const bridges: BridgeDef[] = [];
  const main = r.obj(net.interfaces, ['network', 'interfaces']);
  if (main) {
    const b = readBridge(r, main, ['network', 'interfaces'], true);
    if (b) bridges.push(b);
  }
  const internal = r.obj(net.internal_bridge, ['network', 'internal_bridge']);
  if (internal) {
    const subnet = r.match(
      internal.subnet,
      ['network', 'internal_bridge', 'subnet'],
      IPV4_CIDR,
      'a subnet like 10.1.0.0/24',
    );
    const b = readBridge(r, internal, ['network', 'internal_bridge'], false, subnet);
    if (b) bridges.push(b);
  }
  r.arr(net.bridges, ['network', 'bridges']).forEach((v, i) => {
    const o = r.obj(v, ['network', 'bridges', i]);
    const b = o && readBridge(r, o, ['network', 'bridges', i], false);
    if (b) bridges.push(b);
  });
  // A name defined twice is the rule's to report (config/rules/host-config.ts).
  const seen = new Set(bridges.map((b) => b.name));
  const vlans: VlanDef[] = [];
  r.arr(net.vlans, ['network', 'vlans']).forEach((v, i) => {
    const path: JsonPath = ['network', 'vlans', i];
    const o = r.obj(v, path);
    if (!o) return;
    const device = r.match(o.bridge, [...path, 'bridge'], IFACE, 'a bridge name');
    const tag = r.num(o.tag, [...path, 'tag']);
    if (tag !== undefined && (!Number.isInteger(tag) || tag < 1 || tag > 4094))
      r.error([...path, 'tag'], 'a VLAN tag must be an integer from 1 to 4094', 'PHX-HV-BRIDGE');
    const address = r.match(o.address, [...path, 'address'], IPV4_CIDR, 'an IPv4 address in CIDR notation');
    if (!device || tag === undefined || !Number.isInteger(tag) || tag < 1 || tag > 4094) {
      if (o.bridge === undefined || o.tag === undefined)
        r.error(path, 'a VLAN needs "bridge" and "tag"', 'PHX-HV-BRIDGE');
      return;
    }
    if (!seen.has(device))
      r.error(
        [...path, 'bridge'],
        `VLAN ${device}.${tag} is on bridge ${device}, which the network section does not define`,
        'PHX-HV-BRIDGE',
      );
    if (!address) {
      if (o.address === undefined)
        r.error(
          path,
          `VLAN ${device}.${tag} has no address: the host needs one to be on that VLAN (guests use tag= on the bridge instead)`,
          'PHX-HV-BRIDGE',
        );
      return;
    }
    vlans.push({ name: `${device}.${tag}`, device, tag, address, path });
  });
  const hosts: HostsEntry[] = [];
  r.arr(net.hosts, ['network', 'hosts']).forEach((v, i) => {
    const o = r.obj(v, ['network', 'hosts', i]);
    if (!o) return;
    const address = r.match(o.address, ['network', 'hosts', i, 'address'], IPV4, 'an IPv4 address');
    const names = r.listOf(o.names, ['network', 'hosts', i, 'names'], DNS_NAME, 'a host name');
    if (address && names.length > 0) hosts.push({ address, names });
    else if (address) r.error(['network', 'hosts', i], 'a hosts entry needs at least one name');
  });
  const domain = r.match(raw.domain_name, ['domain_name'], DNS_NAME, 'a DNS domain');
  const pub = net.public_bridge;
  const publicBridge = typeof pub === 'string' && pub.trim() !== '' ? pub.trim() : undefined;
  return { domain, bridges, vlans, hosts, publicBridge };
}
