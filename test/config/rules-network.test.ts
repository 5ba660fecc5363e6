/**
 * Bad-input tests for network rules. Layout (2-space JSON, see config-builder): CT 950 made by
 * `ct()` has its key on line 15 and network_config on lines 19-24 (name 20, bridge 21, ip 22,
 * gw 23; values at columns 17, 19, 15, 15); fields added by `extra` start on line 25. A second
 * container's key follows the first one's closing brace.
 */
import {
  baseTemplate,
  ct,
  expectFindings,
  hypervisor,
  lxcFile,
  rulesOn,
  type EstateSpec,
} from '../helpers/config-builder.js';

type Obj = Record<string, unknown>;

function estate(configs: Obj, more: Partial<EstateSpec> = {}): EstateSpec {
  return { lxc: lxcFile({ '900': baseTemplate(), ...configs }), hypervisor: hypervisor(), ...more };
}

const nic = (extra: Obj): Obj => ({
  name: 'eth0',
  bridge: 'vmbr0',
  ip: '10.0.0.50/24',
  gw: '10.0.0.1',
  ...extra,
});

describe('IP address rules', () => {
  it('an address without prefix length (PHX-IP-INVALID)', () => {
    const d = rulesOn(estate({ '950': ct('10.0.0.50') }));
    expectFindings(d, [
      [
        'lxc',
        22,
        15,
        'error',
        'PHX-IP-INVALID',
        /ip '10\.0\.0\.50' of CT 950 \(eth0\) needs a prefix length, e\.g\. '10\.0\.0\.50\/24'/,
      ],
    ]);
  });

  it('an address that is not IPv4 (PHX-IP-INVALID)', () => {
    const d = rulesOn(estate({ '950': ct('10.0.0.256/24') }));
    expectFindings(d, [['lxc', 22, 15, 'error', 'PHX-IP-INVALID', /is not a valid IPv4 address/]]);
  });

  it('the network address of the subnet (PHX-IP-INVALID)', () => {
    const d = rulesOn(estate({ '950': ct('10.0.0.0/24') }));
    expectFindings(d, [
      ['lxc', 22, 15, 'error', 'PHX-IP-INVALID', /is the network address of 10\.0\.0\.0\/24/],
    ]);
  });

  it('the same address twice on one bridge (PHX-IP-DUPLICATE)', () => {
    const d = rulesOn(estate({ '950': ct('10.0.0.50/24'), '951': ct('10.0.0.50/24', { name: 'other' }) }));
    // 951: key 26, network_config 30, ip 33
    expectFindings(d, [
      [
        'lxc',
        33,
        15,
        'error',
        'PHX-IP-DUPLICATE',
        /10\.0\.0\.50 on vmbr0 \(CT 951 \(eth0\)\) is already used by CT 950 \(eth0\) \(phoenix_lxc_configs\.json:22\)/,
      ],
    ]);
  });

  it("a guest that takes the hypervisor's own address (PHX-IP-DUPLICATE)", () => {
    const d = rulesOn(estate({ '950': ct('10.0.0.13/24') }));
    expectFindings(d, [
      [
        'lxc',
        22,
        15,
        'error',
        'PHX-IP-DUPLICATE',
        /already used by the hypervisor itself \(phoenix_hypervisor_config\.json:5\)/,
      ],
    ]);
  });

  it('the same address on another VLAN, and dhcp twice, are fine', () => {
    const d = rulesOn(
      estate({
        '950': ct('10.0.0.50/24'),
        '951': ct('10.0.0.50/24', { name: 'tagged', network_config: nic({ bridge: 'vmbr0.20' }) }),
        '952': ct('dhcp', { name: 'd1' }),
        '953': ct('dhcp', { name: 'd2' }),
      }),
    );
    expect(d).toEqual([]);
  });

  it('the same address twice on one VLAN (PHX-IP-DUPLICATE)', () => {
    const d = rulesOn(
      estate({
        '950': ct('10.0.0.50/24', { network_config: nic({ bridge: 'vmbr0.20' }) }),
        '951': ct('10.0.0.50/24', { name: 'other', network_config: nic({ bridge: 'vmbr0.20' }) }),
      }),
    );
    expectFindings(d, [['lxc', 33, 15, 'error', 'PHX-IP-DUPLICATE', /on vmbr0 VLAN 20/]]);
  });

  it("an address outside the bridge's subnet (PHX-IP-SUBNET, warning)", () => {
    const d = rulesOn(
      estate({ '950': ct('10.1.0.50/24', { network_config: nic({ ip: '10.1.0.50/24', gw: '10.1.0.1' }) }) }),
    );
    expectFindings(d, [
      [
        'lxc',
        22,
        15,
        'warning',
        'PHX-IP-SUBNET',
        /10\.1\.0\.50\/24 of CT 950 \(eth0\) is outside vmbr0's subnet 10\.0\.0\.0\/24/,
      ],
    ]);
  });
});

describe('gateway rules', () => {
  it('a gateway outside the subnet (PHX-GATEWAY-SUBNET)', () => {
    const d = rulesOn(estate({ '950': ct('10.0.0.50/24', { network_config: nic({ gw: '10.0.1.1' }) }) }));
    expectFindings(d, [
      [
        'lxc',
        23,
        15,
        'error',
        'PHX-GATEWAY-SUBNET',
        /gateway 10\.0\.1\.1 of CT 950 \(eth0\) is outside the interface's subnet 10\.0\.0\.0\/24/,
      ],
    ]);
  });

  it("a gateway equal to the interface's own address (PHX-GATEWAY-SUBNET)", () => {
    const d = rulesOn(estate({ '950': ct('10.0.0.50/24', { network_config: nic({ gw: '10.0.0.50' }) }) }));
    expectFindings(d, [['lxc', 23, 15, 'error', 'PHX-GATEWAY-SUBNET', /own address/]]);
  });

  it('a gateway that is not an address (PHX-GATEWAY-INVALID)', () => {
    const d = rulesOn(estate({ '950': ct('10.0.0.50/24', { network_config: nic({ gw: 'router' }) }) }));
    expectFindings(d, [
      [
        'lxc',
        23,
        15,
        'error',
        'PHX-GATEWAY-INVALID',
        /gateway 'router' of CT 950 \(eth0\) is not an IPv4 address/,
      ],
    ]);
  });
});

describe('MAC address rules', () => {
  it('a malformed mac_address (PHX-MAC-INVALID)', () => {
    const d = rulesOn(estate({ '950': ct('10.0.0.50/24', { mac_address: '52:54:00:AA:BB' }) }));
    expectFindings(d, [['lxc', 25, 22, 'error', 'PHX-MAC-INVALID', /is not a MAC address of the form/]]);
  });

  it('a multicast hwaddr (PHX-MAC-INVALID)', () => {
    const d = rulesOn(
      estate({ '950': ct('10.0.0.50/24', { network_config: nic({ hwaddr: '01:00:5E:00:00:01' }) }) }),
    );
    expectFindings(d, [['lxc', 24, 19, 'error', 'PHX-MAC-INVALID', /multicast/]]);
  });

  it('the same MAC on two guests, whatever the case (PHX-MAC-DUPLICATE)', () => {
    const d = rulesOn(
      estate({
        '950': ct('10.0.0.50/24', { mac_address: '52:54:00:aa:bb:01' }),
        '951': ct('10.0.0.51/24', { mac_address: '52:54:00:AA:BB:01' }),
      }),
    );
    // 950 spans 15-26; 951's mac_address is on line 37
    expectFindings(d, [
      [
        'lxc',
        37,
        22,
        'error',
        'PHX-MAC-DUPLICATE',
        /already used by CT 950 \(eth0\) \(phoenix_lxc_configs\.json:25\)/,
      ],
    ]);
  });
});

describe('bridge, nameserver and interface rules', () => {
  it('a bridge the hypervisor does not define (PHX-BRIDGE-UNDEFINED)', () => {
    const d = rulesOn(estate({ '950': ct('10.0.0.50/24', { network_config: nic({ bridge: 'vmbr9' }) }) }));
    expectFindings(d, [
      [
        'lxc',
        21,
        19,
        'error',
        'PHX-BRIDGE-UNDEFINED',
        /bridge 'vmbr9' is not defined in cfg\/phoenix_hypervisor_config\.json \(known: vmbr0, vmbr1\)/,
      ],
    ]);
  });

  it('a tagged bridge resolves to its bridge: vmbr1.20 is fine, vmbr9.20 is not (PHX-BRIDGE-UNDEFINED)', () => {
    const d = rulesOn(
      estate({
        '950': ct('10.0.0.50/24', { network_config: nic({ bridge: 'vmbr1.20' }) }),
        '951': ct('10.0.0.51/24', { network_config: nic({ bridge: 'vmbr9.20', ip: '10.0.0.51/24' }) }),
      }),
    );
    expectFindings(d, [['lxc', 32, 19, 'error', 'PHX-BRIDGE-UNDEFINED', /bridge 'vmbr9'/]]);
  });

  it('a VM bridge from vm_defaults is reported once, on vm_defaults (PHX-BRIDGE-UNDEFINED)', () => {
    const vm = {
      vm_defaults: { network_bridge: 'vmbr7' },
      vms: [
        { vmid: 9000, name: 't', is_template: true, template_image: 'noble.img', storage_pool: 'tank-vm' },
        { vmid: 9100, name: 'a', clone_from_vmid: 9000, storage_pool: 'tank-vm' },
      ],
    };
    const d = rulesOn(estate({}, { vm }));
    expectFindings(d, [['vm', 3, 23, 'error', 'PHX-BRIDGE-UNDEFINED', /^vm_defaults: bridge 'vmbr7'/]]);
  });

  it('a nameserver that is not an address (PHX-NAMESERVER-INVALID)', () => {
    const d = rulesOn(
      estate({ '950': ct('10.0.0.50/24', { network_config: nic({ nameservers: '8.8.8.8 dns.google' }) }) }),
    );
    expectFindings(d, [
      ['lxc', 24, 24, 'error', 'PHX-NAMESERVER-INVALID', /nameserver 'dns\.google' of CT 950/],
    ]);
  });

  it('two interfaces with the same name in one container (PHX-NIC-DUPLICATE)', () => {
    const d = rulesOn(
      estate({
        '950': ct('10.0.0.50/24', {
          secondary_network_config: { name: 'eth0', bridge: 'vmbr1', ip: '172.16.0.50/24' },
        }),
      }),
    );
    expectFindings(d, [
      ['lxc', 26, 17, 'error', 'PHX-NIC-DUPLICATE', /CT 950 has two interfaces named 'eth0'/],
    ]);
  });
});
