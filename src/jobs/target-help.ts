/**
 * How a host to act on is named, in the words every front end uses (`--target` of the CLI
 * commands, the `target` input of the actions): the one TypeScript source of that text. The
 * action.yml files repeat it in their input descriptions.
 */

/** The target syntax: the embedded simulator, this machine (as root, or through sudo), or SSH. */
export const TARGET_HELP = 'sim:PATH, local, local+sudo or ssh://USER@HOST[:PORT]';
