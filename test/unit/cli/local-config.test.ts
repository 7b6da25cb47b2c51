import { describe, expect, it } from 'vitest';
import { LocalConfigError, loadLocalConfig } from '../../../local/config';

describe('loadLocalConfig', () => {
  it('resolves every path under the data dir, relative to the working directory', () => {
    const config = loadLocalConfig({ dataDir: 'state' }, '/home/me/project');
    expect(config.paths).toMatchObject({
      dataDir: '/home/me/project/state',
      dynamodbDir: '/home/me/project/state/dynamodb',
      stateFile: '/home/me/project/state/dev.json',
      subscribersFile: '/home/me/project/state/subscribers.json',
    });
    // The jar cache stays with the checkout whatever the data dir, so a throwaway dir downloads nothing.
    expect(config.paths.cacheDir).not.toContain('/home/me/project/state');
    expect(config).toMatchObject({
      host: '127.0.0.1',
      inMemory: false,
      bucket: 'newsevents-inbox',
      prefix: 'inbox/',
    });
  });

  it('names the setting that is wrong', () => {
    expect(() => loadLocalConfig({ bucket: 'Not_A_Bucket' })).toThrow(LocalConfigError);
    expect(() => loadLocalConfig({ bucket: 'Not_A_Bucket' })).toThrow(/^bucket: /);
    expect(() => loadLocalConfig({ dynamodbPort: 70_000 })).toThrow(/^dynamodbPort: /);
    // Unknown keys are typos, not extensions.
    expect(() => loadLocalConfig({ bukcet: 'x' } as never)).toThrow(LocalConfigError);
  });
});
