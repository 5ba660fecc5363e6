/**
 * Every setup step, in the order they run (each after the steps it depends on), each wrapped by
 * `defineStep` so that steps of different payload types share one list.
 */
import type { AnySetupStep } from '../types.js';
import { accessStep } from './access.js';
import { adminStep } from './admin.js';
import { aptStep } from './apt.js';
import { firewallStep } from './firewall.js';
import { nvidiaStep, vfioStep } from './gpu.js';
import { apparmorStep, templatesStep } from './guest-support.js';
import { networkStep } from './network.js';
import { nfsStep, sambaStep } from './shares.js';
import { storagesStep } from './storages.js';
import { defineStep } from './define.js';
import { timeStep } from './time.js';
import { zfsArcStep, zfsDatasetsStep, zfsPoolsStep } from './zfs.js';

export const SETUP_STEPS: readonly AnySetupStep[] = [
  defineStep(aptStep),
  defineStep(timeStep),
  defineStep(networkStep),
  defineStep(zfsPoolsStep),
  defineStep(zfsDatasetsStep),
  defineStep(zfsArcStep),
  defineStep(storagesStep),
  defineStep(nfsStep),
  defineStep(sambaStep),
  defineStep(vfioStep),
  defineStep(nvidiaStep),
  defineStep(adminStep),
  defineStep(accessStep),
  defineStep(firewallStep),
  defineStep(apparmorStep),
  defineStep(templatesStep),
];
