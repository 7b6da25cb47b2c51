import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';

/** This machine's non-loopback IPv4 addresses (none in some sandboxes: callers then check less). */
export const externalAddresses = (): string[] =>
  Object.values(networkInterfaces())
    .flat()
    .filter((info) => info && info.family === 'IPv4' && !info.internal)
    .map((info) => info?.address ?? '')
    .filter(Boolean);

/** Whether a TCP connection to host:port is accepted within two seconds. */
export const reachable = (host: string, port: number): Promise<boolean> =>
  new Promise((done) => {
    const socket = connect({ host, port, timeout: 2_000 });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      done(false);
    });
    socket.once('error', () => done(false));
  });
