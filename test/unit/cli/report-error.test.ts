import { describe, expect, it } from 'vitest';
import { CliError } from '../../../bin/commands/support/cli-error';
import { debugEnabled, describeError } from '../../../bin/commands/support/report-error';
import { ArticleError } from '../../../core/article/article-error';
import { LocalStackError } from '../../../local/stack';

describe('describeError', () => {
  it('gives a user error its message and hint, and no invitation to debug', () => {
    expect(
      describeError(new CliError('no dev stack is running', { hint: 'start one', exitCode: 2 })),
    ).toEqual({
      lines: ['no dev stack is running', 'hint: start one'],
      exitCode: 2,
      expected: true,
    });
    expect(
      describeError(new LocalStackError('port 8000 is already in use', 'pass --port-dynamodb')),
    ).toMatchObject({
      lines: ['port 8000 is already in use', 'hint: pass --port-dynamodb'],
      expected: true,
    });
  });

  it('puts the reason code of an article failure first', () => {
    const { lines } = describeError(new ArticleError('UNSUPPORTED_TYPE', 'binary data: looks like a PNG'));
    expect(lines).toEqual(['cannot read the article (UNSUPPORTED_TYPE): binary data: looks like a PNG']);
  });

  it('turns system errors into plain words', () => {
    const error = Object.assign(new Error("ENOENT: no such file or directory, open 'x.txt'"), {
      code: 'ENOENT',
      path: 'x.txt',
    });
    expect(describeError(error)).toMatchObject({
      lines: ['no such file or directory: x.txt'],
      expected: true,
    });
  });

  it('marks anything else as unexpected (a bug worth a stack trace)', () => {
    expect(describeError(new TypeError('x is undefined'))).toMatchObject({ exitCode: 1, expected: false });
  });

  it('reads DEBUG the way the debug package does', () => {
    expect(debugEnabled({ DEBUG: 'newsevents' })).toBe(true);
    expect(debugEnabled({ DEBUG: 'express,newsevents:stack' })).toBe(true);
    expect(debugEnabled({ DEBUG: '*' })).toBe(true);
    expect(debugEnabled({ DEBUG: 'express' })).toBe(false);
    expect(debugEnabled({})).toBe(false);
  });
});
