export interface Progress {
  tick(label?: string): void;
  done(): void;
}

const silent: Progress = { tick: () => {}, done: () => {} };

/**
 * A one-line bar redrawn in place on stderr. Only on a terminal: in a pipe or a CI log, carriage
 * returns would become noise, so the caller's summary is the only output there.
 */
export const createProgress = (total: number, stream: NodeJS.WriteStream = process.stderr): Progress => {
  if (!stream.isTTY || total === 0) return silent;
  let current = 0;
  const draw = (label: string): void => {
    const columns = stream.columns || 80;
    const barWidth = Math.max(10, Math.min(30, columns - 40));
    const filled = Math.round((current / total) * barWidth);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)}`;
    const text = `${bar} ${current}/${total} ${label}`;
    stream.write(`\r\x1b[2K${[...text].slice(0, columns - 1).join('')}`);
  };
  draw('');
  return {
    tick(label = '') {
      current = Math.min(total, current + 1);
      draw(label);
    },
    done() {
      stream.write('\r\x1b[2K');
    },
  };
};
