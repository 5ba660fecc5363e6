/**
 * `phoenix gh <command> [flags]`: a command run as a GitHub Actions step. The actions call this
 * with inputs in `INPUT_*` variables: each action is a node24 action whose entry
 * (actions/<command>/main.mjs, actions/main.mjs for the root) imports dist/index.js with argv
 * `gh <command>`. Flags given
 * here win over the inputs, so a step can also be reproduced locally.
 *
 * One catch site: any thrown value becomes an `::error::` annotation and a non-zero exit, so a
 * failing step always says why in the checks UI (a UserError exits with its own code, anything
 * else is an internal error, exit 2).
 */
import { getValidateSettings } from '../../github/inputs.js';
import { createActionsLogger } from '../../github/logger.js';
import type { Logger } from '../../util/logger.js';
import { getErrorMessage, UserError } from '../../util/errors.js';
import { parseCommandArgs, stringOpt } from '../args.js';
import type { CliIO } from '../io.js';

type GhRunner = (argv: string[], io: CliIO, logger: Logger) => Promise<number>;

async function ghValidate(argv: string[], io: CliIO, logger: Logger): Promise<number> {
  const { values } = parseCommandArgs('gh validate', argv);
  const settings = getValidateSettings(io.env, io.cwd, {
    configDir: stringOpt(values, 'config-dir'),
    failOnWarnings: values['fail-on-warnings'] === true ? true : undefined,
  });
  const { runValidateAction } = await import('../../github/validate-action.js');
  return (await runValidateAction(settings, logger, io.env)).exitCode;
}

async function ghPlan(argv: string[], io: CliIO, logger: Logger): Promise<number> {
  const { values } = parseCommandArgs('gh plan', argv);
  const { getPlanSettings, runPlanAction } = await import('../../github/plan-action.js');
  const settings = getPlanSettings(io.env, io.cwd, {
    configDir: stringOpt(values, 'config-dir'),
    stateFile: stringOpt(values, 'state'),
    baseConfigDir: stringOpt(values, 'base-config-dir'),
    outDir: stringOpt(values, 'out-dir'),
  });
  return (await runPlanAction(settings, logger, io.env)).exitCode;
}

async function ghSetupHypervisor(argv: string[], io: CliIO, logger: Logger): Promise<number> {
  const { values } = parseCommandArgs('gh setup-hypervisor', argv);
  const dry = stringOpt(values, 'dry-run');
  const { getSetupSettings, runSetupAction } = await import('../../github/setup-action.js');
  const settings = getSetupSettings(io.env, io.cwd, {
    configDir: stringOpt(values, 'config-dir'),
    target: stringOpt(values, 'target'),
    dryRun: dry === undefined ? undefined : dry !== 'false',
  });
  return (await runSetupAction(settings, logger, io.env, { write: io.stdout })).exitCode;
}

/** Masks a secret in the job log (core.setSecret). */
async function setSecret(): Promise<(value: string) => void> {
  const core = await import('@actions/core');
  return (value) => core.setSecret(value);
}

async function ghApply(argv: string[], io: CliIO, logger: Logger): Promise<number> {
  const { values } = parseCommandArgs('gh apply', argv);
  const { getApplySettings, runApplyAction } = await import('../../github/apply-action.js');
  const settings = getApplySettings(io.env, io.cwd, {
    configDir: stringOpt(values, 'config-dir'),
    target: stringOpt(values, 'target'),
    stateDir: stringOpt(values, 'state-dir'),
    auditLog: stringOpt(values, 'audit-log'),
    sha: stringOpt(values, 'sha'),
  });
  const mask = await setSecret();
  return (await runApplyAction(settings, logger, io.env, { write: io.stdout, writeError: io.stderr, mask }))
    .exitCode;
}

async function ghDrift(argv: string[], io: CliIO, logger: Logger): Promise<number> {
  const { values } = parseCommandArgs('gh drift', argv);
  const { getDriftSettings, runDriftAction } = await import('../../github/drift-action.js');
  const settings = getDriftSettings(io.env, io.cwd, {
    configDir: stringOpt(values, 'config-dir'),
    target: stringOpt(values, 'target'),
    stateDir: stringOpt(values, 'state-dir'),
  });
  const mask = await setSecret();
  return (await runDriftAction(settings, logger, io.env, { write: io.stdout, mask })).exitCode;
}

/**
 * Every command the root action's `command` input accepts. `null` marks a command whose action
 * side is not implemented yet: the step fails saying so instead of doing nothing.
 */
export const GH_COMMANDS: Readonly<Record<string, GhRunner | null>> = {
  validate: ghValidate,
  plan: ghPlan,
  apply: ghApply,
  'setup-hypervisor': ghSetupHypervisor,
  drift: ghDrift,
};

export function resolveGhCommand(name: string | undefined): GhRunner {
  const known = Object.keys(GH_COMMANDS).join(', ');
  if (!name) throw new UserError(`input 'command' is required: one of ${known}`, 2);
  if (!Object.hasOwn(GH_COMMANDS, name)) {
    throw new UserError(`unknown command '${name}': the action's 'command' input accepts ${known}`, 2);
  }
  const runner = GH_COMMANDS[name];
  if (!runner) {
    const ready = Object.entries(GH_COMMANDS)
      .filter(([, r]) => r)
      .map(([n]) => n)
      .join(', ');
    throw new UserError(
      `the '${name}' command is not implemented yet in this version of Phoenix; available now: ${ready}`,
      2,
    );
  }
  return runner;
}

export async function runGh(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  const logger = await createActionsLogger(io.stdout);
  try {
    return await resolveGhCommand(name)(rest, io, logger);
  } catch (err) {
    if (err instanceof UserError) {
      logger.error(
        err.message.startsWith('phoenix ') ? err.message : `phoenix ${name ?? 'gh'}: ${err.message}`,
      );
      return err.exitCode;
    }
    logger.error(`phoenix ${name ?? 'gh'}: internal error: ${getErrorMessage(err)}`);
    if (err instanceof Error && err.stack) logger.debug(err.stack);
    return 2;
  }
}
