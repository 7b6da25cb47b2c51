import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_DEFAULTS, CONFIG_KEYS, ConfigError, loadConfig } from '../../lib/config';
import { createNewsEventsApp } from '../../lib/newsevents-app';
import { cdkJsonContext, projectRoot, synthesize } from './synth';

const load = (context: Record<string, unknown>) => loadConfig((key) => context[key]);

const problems = (context: Record<string, unknown>): string[] => {
  try {
    load(context);
  } catch (error) {
    if (error instanceof ConfigError) return error.issues;
    throw error;
  }
  throw new Error('expected the context to be rejected');
};

describe('loadConfig', () => {
  it('fills in defaults and derives data protection from the stage', () => {
    expect(load({ stage: 'dev' })).toMatchObject({
      stage: 'dev',
      busName: 'newsevents',
      maxArticleBytes: 5_242_880,
      maxReceiveCount: 5,
      maxEventsPerArticle: 500,
      maxSentenceChars: 2000,
      removalPolicy: 'destroy',
      protectData: false,
    });
    expect(load({ stage: 'prod' })).toMatchObject({ removalPolicy: 'retain', protectData: true });
    expect(load({ stage: 'dev', removalPolicy: 'retain' })).toMatchObject({ removalPolicy: 'retain' });
  });

  it('accepts numbers given as strings, as `-c key=value` delivers them', () => {
    const config = load({
      stage: 'prod',
      maxReceiveCount: '3',
      maxArticleBytes: ' 2048 ',
      logRetentionDays: '90',
    });
    expect(config).toMatchObject({ maxReceiveCount: 3, maxArticleBytes: 2048, logRetentionDays: 90 });
    expect(load({ stage: 'dev', maxEventsPerArticle: '40', maxSentenceChars: ' 600 ' })).toMatchObject({
      maxEventsPerArticle: 40,
      maxSentenceChars: 600,
    });
  });

  it('treats an empty e-mail as not set', () => {
    expect(load({ stage: 'prod', notificationEmail: '' }).notificationEmail).toBeUndefined();
    expect(load({ stage: 'prod', notificationEmail: 'desk@example.org' }).notificationEmail).toBe(
      'desk@example.org',
    );
  });

  it.each([
    [{}, 'stage', 'is required'],
    [{ stage: 'Prod' }, 'stage', 'lowercase'],
    [{ stage: 'dev', maxReceiveCount: 'five' }, 'maxReceiveCount', 'whole number between 1 and 1000'],
    [{ stage: 'dev', maxReceiveCount: 0 }, 'maxReceiveCount', 'at least 1'],
    [{ stage: 'dev', maxArticleBytes: 1.5 }, 'maxArticleBytes', 'whole number'],
    [{ stage: 'dev', logRetentionDays: 13 }, 'logRetentionDays', "CloudWatch's retention periods"],
    [{ stage: 'dev', notificationEmail: 'desk@' }, 'notificationEmail', 'e-mail address'],
    [{ stage: 'dev', removalPolicy: 'delete' }, 'removalPolicy', '"destroy" or "retain"'],
    [{ stage: 'prod', removalPolicy: 'destroy' }, 'removalPolicy', 'only allowed in the dev stage'],
    [{ stage: 'dev', busName: 'default' }, 'busName', 'account bus'],
    [{ stage: 'dev', maxEventsPerArticle: 0 }, 'maxEventsPerArticle', 'at least 1'],
    [{ stage: 'dev', maxEventsPerArticle: 'all' }, 'maxEventsPerArticle', 'whole number between 1 and 10000'],
    [{ stage: 'dev', maxSentenceChars: 20 }, 'maxSentenceChars', 'at least 100'],
    [{ stage: 'dev', maxSentenceChars: 50_000 }, 'maxSentenceChars', 'at most 20000'],
  ])('rejects %j, naming %s and how to set it', (context, key, phrase) => {
    const [issue, ...others] = problems(context);
    expect(others).toEqual([]);
    expect(issue).toMatch(new RegExp(`^${key} `));
    expect(issue).toContain(phrase);
    expect(issue).toContain(`-c ${key}=`);
  });

  it('reports every mistake at once, with the value it got', () => {
    const issues = problems({ stage: 'prod', maxReceiveCount: 'abc', removalPolicy: 'destroy' });
    expect(issues).toHaveLength(2);
    expect(issues.join('\n')).toContain('(got "abc"');
    expect(issues.join('\n')).toContain('stage "prod"');
  });
});

describe('cdk.json', () => {
  it('shows the same defaults the schema applies, and nothing the schema does not know', () => {
    const context = cdkJsonContext();
    const ours = Object.fromEntries(Object.entries(context).filter(([key]) => !key.includes(':')));
    expect(Object.keys(ours).every((key) => (CONFIG_KEYS as string[]).includes(key))).toBe(true);
    expect(ours).toEqual(CONFIG_DEFAULTS);
  });
});

describe('the app', () => {
  it('hands the coder limits to the ingest function as its environment', () => {
    const built = synthesize(
      { stage: 'dev', maxEventsPerArticle: '40', maxSentenceChars: 600 },
      { cfnValidation: false },
    );
    const fn = built.template.toJSON().Resources[built.id(built.stack.functions.ingest.fn)] as {
      Properties: { Environment: { Variables: Record<string, unknown> } };
    };
    expect(fn.Properties.Environment.Variables).toMatchObject({
      MAX_EVENTS_PER_ARTICLE: '40',
      MAX_SENTENCE_CHARS: '600',
    });
  });

  it('validates context before building anything', () => {
    expect(() => createNewsEventsApp({ context: { stage: 'prod', maxReceiveCount: 'many' } })).toThrow(
      ConfigError,
    );
  });

  it('prints the readable message, without a stack trace, when the CLI passes bad context', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', join(projectRoot, 'bin/app.ts')], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...process.env, CDK_CONTEXT_JSON: JSON.stringify({ stage: 'prod', logRetentionDays: 13 }) },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Invalid CDK context:');
    expect(result.stderr).toContain('logRetentionDays must be one of');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
