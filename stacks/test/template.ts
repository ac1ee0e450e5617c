/** Reading synthesized templates: resources by type, a function's IAM statements. */
import type { Synth, SynthesizedFunction } from "./synth";

export type Resources = Record<
  string,
  { Type: string; Properties: Record<string, unknown>; DeletionPolicy?: string }
>;
export type Statement = { Action: string | string[]; Resource: unknown; Effect: string };

export function resources(synth: Synth, stack: string, type?: string): Resources {
  const all = synth.templates[stack]?.toJSON().Resources as Resources;
  return Object.fromEntries(Object.entries(all).filter(([, r]) => !type || r.Type === type));
}

export function allStacks(synth: Synth): string[] {
  return Object.keys(synth.templates);
}

/** The IAM statements of a function's role (inline policies attached to it in its stack). */
export function statementsOf(synth: Synth, fn: SynthesizedFunction): Statement[] {
  const role = (fn.resource.Role as { "Fn::GetAtt": [string, string] })["Fn::GetAtt"][0];
  return Object.values(resources(synth, fn.stack, "AWS::IAM::Policy"))
    .filter((policy) =>
      (policy.Properties.Roles as { Ref: string }[]).some((ref) => ref.Ref === role),
    )
    .flatMap(
      (policy) => (policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement,
    );
}

/** The managed policies of a function's role. */
export function managedPoliciesOf(synth: Synth, fn: SynthesizedFunction): unknown[] {
  const role = (fn.resource.Role as { "Fn::GetAtt": [string, string] })["Fn::GetAtt"][0];
  const resource = resources(synth, fn.stack)[role];
  return (resource?.Properties.ManagedPolicyArns as unknown[] | undefined) ?? [];
}

export const actionsOf = (statement: Statement): string[] => [statement.Action].flat();
export const resourcesOf = (statement: Statement): unknown[] => [statement.Resource].flat();

/** `functions/groups/workspace.handler` → `workspace`. */
export const handlerOf = (fn: SynthesizedFunction) => fn.props.handler ?? "";
