/** Every setup step, in the order they run (each after the steps it depends on). */
import type { SetupStep } from '../types.js';
import { accessStep } from './access.js';
import { aptStep } from './apt.js';
import { firewallStep } from './firewall.js';
import { nvidiaStep, vfioStep } from './gpu.js';
import { apparmorStep, templatesStep } from './guest-support.js';
import { networkStep } from './network.js';
import { nfsStep, sambaStep } from './shares.js';
import { storagesStep } from './storages.js';
import { timeStep } from './time.js';
import { zfsArcStep, zfsDatasetsStep, zfsPoolsStep } from './zfs.js';

export const SETUP_STEPS: readonly SetupStep[] = [
  aptStep,
  timeStep,
  networkStep,
  zfsPoolsStep,
  zfsDatasetsStep,
  zfsArcStep,
  storagesStep,
  nfsStep,
  sambaStep,
  vfioStep,
  nvidiaStep,
  accessStep,
  firewallStep,
  apparmorStep,
  templatesStep,
];
