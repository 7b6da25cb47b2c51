import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CfnElement } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { createNewsEventsApp, type NewsEventsApp } from '../../lib/newsevents-app';

export const projectRoot = join(import.meta.dirname, '../..');

/** The context the CLI would pass: cdk.json (feature flags and defaults) plus the test's own values. */
export const cdkJsonContext = (): Record<string, unknown> =>
  JSON.parse(readFileSync(join(projectRoot, 'cdk.json'), 'utf8')).context;

export interface Synthesized extends NewsEventsApp {
  template: Template;
  /** The logical ID of a construct's CloudFormation resource, as it appears in the template. */
  id: (construct: IConstruct) => string;
}

export interface SynthOptions {
  /** Run esbuild; only the CLI synth test needs real bundles. */
  bundle?: boolean;
  /** aws-cdk-lib's built-in CloudFormation schema check: worth it once, but seconds per process. */
  cfnValidation?: boolean;
}

/**
 * Builds the real app and synthesizes its template; cdk-nag runs as part of that and throws on
 * any unacknowledged finding.
 */
export const synthesize = (
  context: Record<string, unknown>,
  { bundle = false, cfnValidation = true }: SynthOptions = {},
): Synthesized => {
  const built = createNewsEventsApp({
    context: { ...cdkJsonContext(), ...context, ...(bundle ? {} : { 'aws:cdk:bundling-stacks': [] }) },
    builtinCloudFormationValidation: cfnValidation,
  });
  const template = Template.fromStack(built.stack);
  const id = (construct: IConstruct): string => {
    const element = (construct.node.defaultChild ?? construct) as CfnElement;
    return built.stack.resolve(element.logicalId);
  };
  return { ...built, template, id };
};

type Json = unknown;

/** Renders a CloudFormation value the way a reviewer reads it: `Bucket.Arn/inbox/*`. */
export const render = (value: Json): string => {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(render).join(',');
  const object = value as Record<string, Json>;
  if ('Ref' in object) return String(object.Ref);
  if ('Fn::GetAtt' in object) return (object['Fn::GetAtt'] as string[]).join('.');
  if ('Fn::Join' in object) {
    const [separator, parts] = object['Fn::Join'] as [string, Json[]];
    return parts.map(render).join(separator);
  }
  return JSON.stringify(value);
};

export interface Grant {
  action: string;
  resource: string;
}

const asArray = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

/** Every (action, resource) a role is allowed, across all policies attached to it. */
export const grantsOf = (template: Template, roleId: string): Grant[] => {
  const grants: Grant[] = [];
  for (const policy of Object.values(template.findResources('AWS::IAM::Policy'))) {
    const roles = (policy.Properties.Roles as Json[]).map(render);
    if (!roles.includes(roleId)) continue;
    for (const statement of policy.Properties.PolicyDocument.Statement as Record<string, Json>[]) {
      if (statement.Effect !== 'Allow') continue;
      for (const action of asArray(statement.Action as string | string[])) {
        for (const resource of asArray(statement.Resource as Json)) {
          grants.push({ action, resource: render(resource) });
        }
      }
    }
  }
  return grants;
};

const matches = (pattern: string, value: string): boolean =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`, 'i').test(value);

/** Whether the role may perform `action` on some resource whose reference contains `resourceId`. */
export const may = (grants: Grant[], action: string, resourceId: string): boolean =>
  grants.some(
    (grant) =>
      matches(grant.action, action) && (grant.resource === '*' || grant.resource.includes(resourceId)),
  );
