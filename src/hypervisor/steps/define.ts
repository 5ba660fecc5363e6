/**
 * The one way into the step list: `defineStep` wraps a `SetupStep<D>` into an `AnySetupStep`
 * whose check hands back what it found bound to the apply of exactly those changes. So the list
 * holds steps of different payload types, and neither it nor the runner casts a payload.
 */
import type { AnySetupStep, ChangeHead, CheckedStep, Payload, SetupStep } from '../types.js';

/** Actionable findings (not info notes). */
export const actionable = <C extends ChangeHead>(found: readonly C[]): C[] => found.filter((c) => !c.info);

/** `step` as the step list holds it: its payload type D hidden inside the check's closure. */
export function defineStep<D extends Payload>(step: SetupStep<D>): AnySetupStep {
  return {
    id: step.id,
    title: step.title,
    dependsOn: step.dependsOn,
    scope: step.scope,
    async check(host, config): Promise<CheckedStep> {
      const found = await step.check(host, config);
      return {
        found,
        async apply() {
          const blocked = actionable(found).find((c) => c.blocked);
          if (blocked) throw new Error(`${step.id} is blocked: ${blocked.target}: ${blocked.blocked}`);
          // Notes and conflicts carry no payload: the changes are the findings that do.
          await step.apply(
            host,
            config,
            found.flatMap((f) => ('data' in f ? [f] : [])),
          );
        },
      };
    },
  };
}
