import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { delimiter, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { extractTgz } from './tar';

/**
 * DynamoDB Local (AWS's own engine) from the jar shipped inside the npm package amplify-dynamodb-simulator.
 * The package is fetched with `npm pack` into a cache, never installed: as a dependency it would drag in
 * another aws-cdk-lib and TypeScript 4, and its own launch() does not work.
 */
export const SIMULATOR_PACKAGE = 'amplify-dynamodb-simulator';
export const SIMULATOR_VERSION = '2.9.30';
/** The DynamoDB Local version inside that package (`java -jar DynamoDBLocal.jar -version`). */
export const DYNAMODB_LOCAL_VERSION = '1.25.1';

export const DEFAULT_CACHE_DIR = resolve(import.meta.dirname, '..', '.newsevents', 'cache');

/**
 * Our launcher (local/java): DynamoDB Local's own handlers on a Jetty connector bound to 127.0.0.1, because the
 * jar's ServerRunner has no bind-address option and listens on every interface.
 */
export const LOOPBACK_LAUNCHER_SOURCE = resolve(import.meta.dirname, 'java', 'LoopbackDynamoDbLocal.java');
const LAUNCHER_CLASS = 'LoopbackDynamoDbLocal';

/** 127.0.0.1: our loopback launcher runs; 0.0.0.0: the plain jar runs (no JDK to build the launcher). */
export type DynamoDbLocalBindAddress = '127.0.0.1' | '0.0.0.0';

const JDK_FIX =
  'install a JDK: apt-get install openjdk-17-jdk-headless, so DynamoDB Local binds 127.0.0.1 only';

export interface DynamoDbLocalOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default true unless dbPath is given. */
  inMemory?: boolean;
  /** Folder for the persistent database file (created if missing). */
  dbPath?: string;
  /** Where the package tarball and the extracted jar are kept. */
  cacheDir?: string;
  /** Milliseconds to wait for the first successful ListTables. Default 60 s (a cold JVM on 2 busy cores). */
  startTimeoutMs?: number;
  /** The Java compiler that builds the loopback launcher once per cache folder. Default `javac` on PATH. */
  javac?: string;
}

export interface DynamoDbLocal {
  endpoint: string;
  port: number;
  /** The java process id, for diagnostics. */
  pid: number;
  /** Where it listens: 127.0.0.1 with the loopback launcher, every interface when it fell back to the jar. */
  bindAddress: DynamoDbLocalBindAddress;
  stop(): Promise<void>;
}

/** Every failure the launcher can explain carries the fix in its message. */
export class DynamoDbLocalError extends Error {
  constructor(
    message: string,
    readonly code: 'JAVA_MISSING' | 'PORT_IN_USE' | 'DOWNLOAD_FAILED' | 'START_FAILED' | 'DB_PATH',
  ) {
    super(message);
    this.name = 'DynamoDbLocalError';
  }
}

const execFileAsync = promisify(execFile);

/** Extracts `emulator/` once per cache folder; concurrent callers (test workers, CLI) race safely via rename. */
export async function ensureDynamoDbLocal(cacheDir = DEFAULT_CACHE_DIR): Promise<string> {
  const home = join(cacheDir, `dynamodb-local-${DYNAMODB_LOCAL_VERSION}`);
  if (existsSync(join(home, 'DynamoDBLocal.jar'))) return home;
  await mkdir(cacheDir, { recursive: true });
  const tarball = join(cacheDir, `${SIMULATOR_PACKAGE}-${SIMULATOR_VERSION}.tgz`);
  if (!existsSync(tarball)) {
    const staging = join(cacheDir, `pack-${randomUUID()}`);
    await mkdir(staging, { recursive: true });
    try {
      await execFileAsync(
        'npm',
        ['pack', `${SIMULATOR_PACKAGE}@${SIMULATOR_VERSION}`, '--pack-destination', staging, '--silent'],
        { timeout: 300_000, maxBuffer: 16 * 1024 * 1024 },
      );
      const [file] = (await readdir(staging)).filter((name) => name.endsWith('.tgz'));
      if (!file) throw new Error('npm pack produced no tarball');
      await rename(join(staging, file), tarball);
    } catch (error) {
      throw new DynamoDbLocalError(
        `Could not download ${SIMULATOR_PACKAGE}@${SIMULATOR_VERSION} (it carries the DynamoDB Local jar): ` +
          `${(error as Error).message.split('\n')[0]}. Check that the npm registry is reachable ` +
          `(npm ping), or put the tarball at ${tarball}.`,
        'DOWNLOAD_FAILED',
      );
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  }
  const staging = join(cacheDir, `extract-${randomUUID()}`);
  try {
    const files = await extractTgz(await readFile(tarball), 'package/emulator/', staging);
    if (files === 0 || !existsSync(join(staging, 'DynamoDBLocal.jar'))) {
      throw new Error('the tarball has no emulator/DynamoDBLocal.jar');
    }
    await rename(staging, home).catch((error: NodeJS.ErrnoException) => {
      // Another process finished first: its copy is as good as ours.
      if (!existsSync(join(home, 'DynamoDBLocal.jar'))) throw error;
    });
  } catch (error) {
    await rm(tarball, { force: true });
    throw new DynamoDbLocalError(
      `The cached ${SIMULATOR_PACKAGE} tarball is unusable (${(error as Error).message}); it was removed, run again to download it.`,
      'DOWNLOAD_FAILED',
    );
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return home;
}

/** Checked on the address the chosen mode binds; on Linux a port held on 0.0.0.0 is busy on 127.0.0.1 too. */
const portIsFree = (port: number, host: DynamoDbLocalBindAddress): Promise<boolean> =>
  new Promise((done) => {
    const server = createServer();
    server.once('error', () => done(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => done(true)));
  });

/** Free on every interface, so it suits either mode (and a fallback after the launcher failed). */
const freePort = (): Promise<number> =>
  new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen({ port: 0, host: '0.0.0.0', exclusive: true }, () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? done(address.port) : fail(new Error('no port')),
      );
    });
  });

const checkJava = async (): Promise<void> => {
  try {
    await execFileAsync('java', ['-version'], { timeout: 30_000 });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DynamoDbLocalError(
      code === 'ENOENT'
        ? 'Java was not found on PATH; DynamoDB Local needs Java 17 or newer. Install the JDK, which also lets it bind 127.0.0.1 only: apt-get install openjdk-17-jdk-headless (macOS: brew install openjdk@17).'
        : `Java did not run (${(error as Error).message.split('\n')[0]}). DynamoDB Local needs Java 17: apt-get install openjdk-17-jdk-headless.`,
      'JAVA_MISSING',
    );
  }
};

const waitForExit = (child: ChildProcess, ms: number): Promise<boolean> =>
  new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done(true);
    const timer = setTimeout(() => done(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      done(true);
    });
  });

const stopChild = async (child: ChildProcess): Promise<void> => {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  if (!(await waitForExit(child, 5_000))) {
    child.kill('SIGKILL');
    await waitForExit(child, 5_000);
  }
};

/**
 * Builds the loopback launcher with javac into the cache (once per launcher source and DynamoDB Local version)
 * and returns its class folder, or why it could not: a JRE has no javac, and then the plain jar must do.
 */
export async function ensureLoopbackLauncher(
  home: string,
  cacheDir = DEFAULT_CACHE_DIR,
  javac = 'javac',
): Promise<{ classes: string } | { reason: string }> {
  let source: Buffer;
  try {
    source = await readFile(LOOPBACK_LAUNCHER_SOURCE);
  } catch (error) {
    return { reason: `the launcher source is missing (${(error as Error).message})` };
  }
  const key = createHash('sha256').update(source).update(DYNAMODB_LOCAL_VERSION).digest('hex').slice(0, 16);
  const classes = join(cacheDir, `dynamodb-local-${DYNAMODB_LOCAL_VERSION}-loopback-${key}`);
  if (existsSync(join(classes, `${LAUNCHER_CLASS}.class`))) return { classes };
  const staging = join(cacheDir, `javac-${randomUUID()}`);
  try {
    await execFileAsync(
      javac,
      [
        '-nowarn',
        '-cp',
        ['DynamoDBLocal.jar', join('DynamoDBLocal_lib', '*')].join(delimiter),
        '-d',
        staging,
        LOOPBACK_LAUNCHER_SOURCE,
      ],
      { cwd: home, timeout: 120_000, maxBuffer: 4 * 1024 * 1024 },
    );
    await rename(staging, classes).catch((error: NodeJS.ErrnoException) => {
      // Another process compiled it first: its classes are as good as ours.
      if (!existsSync(join(classes, `${LAUNCHER_CLASS}.class`))) throw error;
    });
    return { classes };
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string };
    return {
      reason:
        failure.code === 'ENOENT'
          ? `no Java compiler (${javac}) was found, so the loopback launcher cannot be built`
          : `building the loopback launcher failed (${(failure.stderr || failure.message).trim().split('\n')[0]})`,
    };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

let fallbackAnnounced = false;

/** Once per process: every later start would repeat the same advice. */
const announceFallback = (reason: string): void => {
  if (fallbackAnnounced) return;
  fallbackAnnounced = true;
  process.stderr.write(
    `DynamoDB Local: ${reason}; running the plain jar, which listens on EVERY interface. To fix it, ${JDK_FIX}.\n`,
  );
};

/** The launcher JVM died before answering for a reason the jar may not share (old class file, Jetty API). */
class LauncherExitedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LauncherExitedError';
  }
}

export async function startDynamoDbLocal(options: DynamoDbLocalOptions = {}): Promise<DynamoDbLocal> {
  const inMemory = options.inMemory ?? options.dbPath === undefined;
  if (inMemory && options.dbPath !== undefined) {
    throw new DynamoDbLocalError('Choose either inMemory or dbPath, not both.', 'DB_PATH');
  }
  await checkJava();
  const cacheDir = options.cacheDir ?? DEFAULT_CACHE_DIR;
  const home = await ensureDynamoDbLocal(cacheDir);
  const port = options.port && options.port > 0 ? options.port : await freePort();
  if (!inMemory && options.dbPath) {
    await mkdir(resolve(options.dbPath), { recursive: true }).catch((error: Error) => {
      throw new DynamoDbLocalError(
        `Cannot create the data folder ${options.dbPath}: ${error.message}`,
        'DB_PATH',
      );
    });
  }
  // -sharedDb: one database whatever region and credentials a client uses, so CLI, runners and tests agree.
  const storage: string[] = [
    ...(inMemory ? ['-inMemory'] : ['-dbPath', resolve(options.dbPath ?? '.')]),
    '-sharedDb',
  ];
  const launch = { home, port, dbPath: options.dbPath, startTimeoutMs: options.startTimeoutMs ?? 60_000 };

  const launcher = await ensureLoopbackLauncher(home, cacheDir, options.javac);
  if ('classes' in launcher) {
    try {
      return await run({
        ...launch,
        bindAddress: '127.0.0.1',
        args: [
          '-Djava.library.path=DynamoDBLocal_lib',
          // The jar's manifest Class-Path brings DynamoDBLocal_lib, exactly as `-jar` would.
          '-cp',
          ['DynamoDBLocal.jar', launcher.classes].join(delimiter),
          LAUNCHER_CLASS,
          '-port',
          String(port),
          ...storage,
        ],
      });
    } catch (error) {
      if (!(error instanceof LauncherExitedError)) throw error;
      announceFallback(`the loopback launcher did not start (${error.message})`);
    }
  } else {
    announceFallback(launcher.reason);
  }
  return run({
    ...launch,
    bindAddress: '0.0.0.0',
    args: [
      '-Djava.library.path=DynamoDBLocal_lib',
      '-jar',
      'DynamoDBLocal.jar',
      '-port',
      String(port),
      ...storage,
      '-disableTelemetry',
    ],
  });
}

interface RunOptions {
  home: string;
  port: number;
  dbPath: string | undefined;
  startTimeoutMs: number;
  bindAddress: DynamoDbLocalBindAddress;
  args: string[];
}

/** Spawns one JVM and waits for its first ListTables; kills it on any failure. */
async function run({
  home,
  port,
  dbPath,
  startTimeoutMs,
  bindAddress,
  args,
}: RunOptions): Promise<DynamoDbLocal> {
  if (!(await portIsFree(port, bindAddress))) {
    throw new DynamoDbLocalError(
      `Port ${port} is already in use (another DynamoDB Local or "newsevents dev" may be running). Stop it or choose another port.`,
      'PORT_IN_USE',
    );
  }
  const child = spawn('java', args, { cwd: home, stdio: ['ignore', 'pipe', 'pipe'] });
  // A JVM outliving its parent would keep the port: kill it when this process exits, however it exits.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-8_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const spawnError = new Promise<never>((_, fail) =>
    child.once('error', (error) =>
      fail(new DynamoDbLocalError(`Could not start java: ${error.message}`, 'START_FAILED')),
    ),
  );
  spawnError.catch(() => undefined);

  const endpoint = `http://127.0.0.1:${port}`;
  const client = new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  const deadline = Date.now() + startTimeoutMs;
  try {
    for (;;) {
      if (/Address already in use/.test(output)) {
        throw new DynamoDbLocalError(
          `Port ${port} is already in use. Stop the other process or choose another port.`,
          'PORT_IN_USE',
        );
      }
      if (child.exitCode !== null || child.signalCode !== null) {
        const corrupt = /SQLite|database disk image|malformed|not a database/i.test(output);
        if (!corrupt && bindAddress === '127.0.0.1') {
          throw new LauncherExitedError(
            `exit ${child.exitCode ?? child.signalCode}: ${output.trim().split('\n')[0] ?? ''}`,
          );
        }
        throw new DynamoDbLocalError(
          corrupt && dbPath
            ? `DynamoDB Local could not open the data in ${dbPath} (corrupt?). Move the folder away or delete it to start empty.\n${output.trim()}`
            : `DynamoDB Local exited with code ${child.exitCode ?? child.signalCode}:\n${output.trim()}`,
          corrupt ? 'DB_PATH' : 'START_FAILED',
        );
      }
      const ready = await Promise.race([
        client.send(new ListTablesCommand({ Limit: 1 })).then(
          () => true,
          () => false,
        ),
        spawnError,
      ]);
      if (ready) break;
      if (Date.now() > deadline) {
        throw new DynamoDbLocalError(
          `DynamoDB Local did not answer within the start timeout:\n${output.trim()}`,
          'START_FAILED',
        );
      }
      await new Promise((done) => setTimeout(done, 150));
    }
  } catch (error) {
    await stopChild(child);
    throw error;
  } finally {
    client.destroy();
  }
  return {
    endpoint,
    port,
    pid: child.pid ?? -1,
    bindAddress,
    stop: () => stopChild(child),
  };
}
