import { describe, expect, it } from 'vitest';
import { parseSubscribersConfig, SubscribersConfigError } from '../../../local/bus/subscribers-config';

const base = { baseDir: '/srv/newsevents', env: { HOOK_SECRET: 's3cret-from-env' } };

describe('subscribers config', () => {
  it('resolves paths against the file folder, secrets from the environment, and fills defaults', () => {
    const subscribers = parseSubscribersConfig(
      {
        subscribers: [
          {
            name: 'all',
            pattern: { source: ['newsevents'] },
            target: { type: 'jsonl', path: 'changes.jsonl' },
          },
          { name: 'tail', pattern: { source: ['newsevents'] }, target: { type: 'stdout' } },
          {
            name: 'prk-conflict',
            pattern: { detail: { countries: ['PRK'], quadClass: [4] } },
            target: { type: 'webhook', url: 'http://127.0.0.1:9000/hook', secretEnv: 'HOOK_SECRET' },
          },
          {
            name: 'off',
            enabled: false,
            pattern: { source: ['newsevents'] },
            target: { type: 'jsonl', path: '/tmp/off.jsonl' },
          },
        ],
      },
      base,
    );
    expect(subscribers.map((s) => s.name)).toEqual(['all', 'tail', 'prk-conflict']);
    expect(subscribers[0]?.target).toEqual({ type: 'jsonl', path: '/srv/newsevents/changes.jsonl' });
    expect(subscribers[1]?.target).toEqual({ type: 'stdout', format: 'summary' });
    expect(subscribers[2]?.target).toEqual({
      type: 'webhook',
      url: 'http://127.0.0.1:9000/hook',
      secret: 's3cret-from-env',
      headers: {},
      timeoutMs: 5000,
      retry: { maxAttempts: 6, baseDelayMs: 200, maxDelayMs: 10_000 },
      deadLetterPath: '/srv/newsevents/dead-letter/prk-conflict.jsonl',
    });
    expect(subscribers[2]?.matches({ detail: { countries: ['PRK', 'RUS'], quadClass: 4 } })).toBe(true);
  });

  const rejects: [string, unknown, RegExp][] = [
    [
      'a broken pattern, naming the operator',
      {
        subscribers: [{ name: 'x', pattern: { detail: { n: [{ numerc: 1 }] } }, target: { type: 'stdout' } }],
      },
      /detail\.n\[0\]\.numerc: unknown operator/,
    ],
    [
      'duplicate names',
      {
        subscribers: [
          { name: 'x', pattern: { source: ['a'] }, target: { type: 'stdout' } },
          { name: 'x', pattern: { source: ['b'] }, target: { type: 'stdout' } },
        ],
      },
      /unique/,
    ],
    [
      'a webhook with no secret',
      {
        subscribers: [
          { name: 'x', pattern: { source: ['a'] }, target: { type: 'webhook', url: 'http://h/x' } },
        ],
      },
      /exactly one of secret or secretEnv/,
    ],
    [
      'a webhook that is not http(s)',
      {
        subscribers: [
          {
            name: 'x',
            pattern: { source: ['a'] },
            target: { type: 'webhook', url: 'ftp://h/x', secret: '12345678' },
          },
        ],
      },
      /target\.url/,
    ],
    [
      'a secret variable that is not set',
      {
        subscribers: [
          {
            name: 'x',
            pattern: { source: ['a'] },
            target: { type: 'webhook', url: 'http://h/x', secretEnv: 'NOPE' },
          },
        ],
      },
      /NOPE .* is not set/,
    ],
    [
      'an unknown target type',
      { subscribers: [{ name: 'x', pattern: { source: ['a'] }, target: { type: 'sqs', queue: 'q' } }] },
      /target/,
    ],
    [
      'a typo in a field name',
      { subscribers: [{ name: 'x', patern: {}, target: { type: 'stdout' } }] },
      /subscribers/,
    ],
  ];

  it.each(rejects)('rejects %s', (_name, input, message) => {
    expect(() => parseSubscribersConfig(input, base)).toThrow(SubscribersConfigError);
    expect(() => parseSubscribersConfig(input, base)).toThrow(message);
  });
});
