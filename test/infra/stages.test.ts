import { beforeAll, describe, expect, it } from 'vitest';
import { type Synthesized, synthesize } from './synth';

// The full template, CloudFormation schema check included, is test/infra/stack.test.ts's job.
const options = { cfnValidation: false };
let dev: Synthesized;
let prod: Synthesized;

beforeAll(() => {
  dev = synthesize({ stage: 'dev' }, options);
  prod = synthesize({ stage: 'prod' }, options);
});

const table = (s: Synthesized) => s.template.toJSON().Resources[s.id(s.stack.table)];
const bucket = (s: Synthesized) => s.template.toJSON().Resources[s.id(s.stack.articles.bucket)];

describe('stages', () => {
  it('name the stack after the stage', () => {
    expect(dev.stack.stackName).toBe('newsevents-dev');
    expect(prod.stack.stackName).toBe('newsevents-prod');
  });

  it('protect the table from deletion in prod and not in dev', () => {
    expect(table(prod).Properties.DeletionProtectionEnabled).toBe(true);
    expect(table(prod).DeletionPolicy).toBe('Retain');
    expect(table(dev).Properties.DeletionProtectionEnabled).toBe(false);
    expect(table(dev).DeletionPolicy).toBe('Delete');
  });

  it('keep articles in prod, and empty and remove the bucket on `cdk destroy` in dev', () => {
    expect(bucket(prod).DeletionPolicy).toBe('Retain');
    expect(prod.template.findResources('Custom::S3AutoDeleteObjects')).toEqual({});
    expect(bucket(dev).DeletionPolicy).toBe('Delete');
    expect(Object.keys(dev.template.findResources('Custom::S3AutoDeleteObjects'))).toHaveLength(2);
  });

  it('turn on stack termination protection outside dev', () => {
    expect(prod.stack.terminationProtection).toBe(true);
    expect(dev.stack.terminationProtection).toBe(false);
  });

  it('subscribe no e-mail address unless one is given', () => {
    expect(dev.template.findResources('AWS::SNS::Subscription')).toEqual({});
    expect(prod.template.findResources('AWS::SNS::Subscription')).toEqual({});
  });

  it('let dev keep its data when asked, still without deletion protection', () => {
    const kept = synthesize({ stage: 'dev', removalPolicy: 'retain' }, options);
    expect(table(kept).DeletionPolicy).toBe('Retain');
    expect(bucket(kept).DeletionPolicy).toBe('Retain');
    expect(table(kept).Properties.DeletionProtectionEnabled).toBe(false);
  });
});
