import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Validations } from 'aws-cdk-lib';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createNewsEventsApp, type NewsEventsApp } from '../../lib/newsevents-app';
import { cdkJsonContext } from './synth';

// cdk-nag walks the construct tree, so these apps are built but not synthesized (no esbuild, no template).
const build = (context: Record<string, unknown>): NewsEventsApp =>
  createNewsEventsApp({
    context: { ...cdkJsonContext(), ...context, 'aws:cdk:bundling-stacks': [] },
    // CloudFormation's own schema check takes seconds to start and is not what these tests are about.
    builtinCloudFormationValidation: false,
  });

interface Acknowledgement {
  path: string;
  id: string;
  reason: string;
}

const acknowledgementsIn = (root: IConstruct): Acknowledgement[] =>
  root.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({
          path: construct.node.path,
          id: id.replace(/^annotation::/i, ''),
          reason,
        })),
      ),
  );

/** Every finding the pack would report if nothing were acknowledged. */
const rawFindings = (root: IConstruct): { rule: string; path: string }[] => {
  const pack = new AwsSolutionsChecks();
  // Test-only peek behind cdk-nag's private check, so acknowledgements that match nothing show up.
  (pack as unknown as { isAcknowledged: () => boolean }).isAcknowledged = () => false;
  return pack.validateScope(root).violations.flatMap((violation) =>
    violation.violatingResources.map((resource) => ({
      rule: violation.ruleName,
      path: resource.constructPath ?? '',
    })),
  );
};

const apps: Record<string, NewsEventsApp> = {};

beforeAll(() => {
  apps.dev = build({ stage: 'dev' });
  apps.prod = build({ stage: 'prod', notificationEmail: 'desk@example.org', alarmEmail: 'ops@example.org' });
});

describe.each(['dev', 'prod'])('cdk-nag AwsSolutions on the %s stage', (stage) => {
  const app = () => (apps[stage] as NewsEventsApp).app;

  it('leaves no finding unacknowledged, warnings included', () => {
    const report = new AwsSolutionsChecks().validateScope(app());
    expect(report.violations.map((violation) => violation.ruleName)).toEqual([]);
  });

  it('acknowledges only AwsSolutions rules, each with a reason a reviewer can check', () => {
    const acknowledgements = acknowledgementsIn(app());
    expect(acknowledgements.length).toBeGreaterThan(0);
    for (const { id, reason, path } of acknowledgements) {
      expect(id, path).toMatch(/^AwsSolutions-[A-Z]+\d+(\[.+\])?$/);
      expect(reason.split(/\s+/).length, `${id} at ${path}`).toBeGreaterThanOrEqual(8);
    }
  });

  it('has no stale acknowledgement: each one matches a finding at or below where it is made', () => {
    const findings = rawFindings(app());
    for (const { id, path } of acknowledgementsIn(app())) {
      const matched = findings.some(
        (finding) => finding.rule === id && `${finding.path}/`.startsWith(`${path}/`),
      );
      expect(matched, `${id} at ${path}`).toBe(true);
    }
  });
});

describe('synthesis', () => {
  it('fails when a resource brings a finding nobody acknowledged', () => {
    const { app, stack } = build({ stage: 'dev' });
    new Queue(stack, 'PlainQueue', { enforceSSL: false });
    expect(() => app.synth()).toThrow(/does not require requests to use SSL/);
    const report = readFileSync(join(app.outdir, 'validation-report.json'), 'utf8');
    expect(report).toContain('AwsSolutions-SQS4');
    expect(report).toContain('PlainQueue');
  });
});
