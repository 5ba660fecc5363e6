/**
 * The real-sshd test harness (see `sshd-server.ts`) plus `describeSshd`, which skips with a clear
 * message when /usr/sbin/sshd is missing.
 */
import { hasSshd, SSHD_PATH } from './sshd-server.js';

export * from './sshd-server.js';

/** `describe` that skips (and says why) when OpenSSH's server is not installed. */
export const describeSshd: jest.Describe = hasSshd
  ? describe
  : (((name: string, fn: () => void) => {
      describe.skip(
        `${name} (skipped: ${SSHD_PATH} or ssh-keygen not found; install openssh-server, as .ci/run does)`,
        fn,
      );
    }) as unknown as jest.Describe);
