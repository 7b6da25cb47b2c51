import type { LexEntry, LexiconIndex } from './lexicon-index';
import type { Token } from './nlp';

/** A token run the lexicon recognizes, or a run of capitalized words it does not. */
export interface Atom {
  start: number;
  end: number;
  entries: LexEntry[];
}

/** Longest lexicon match starting at each position; a token belongs to at most one atom. */
export const findAtoms = (tokens: readonly Token[], index: LexiconIndex): Array<Atom | undefined> => {
  const byStart: Array<Atom | undefined> = new Array(tokens.length);
  let i = 0;
  while (i < tokens.length) {
    let node = index.root;
    let best: Atom | undefined;
    for (let j = i; j < tokens.length; j++) {
      const token = tokens[j];
      if (!token) break;
      const child = node.next.get(token.lower);
      if (!child) break;
      node = child;
      if (node.candidates.length === 0) continue;
      const entries: LexEntry[] = [];
      for (const candidate of node.candidates) {
        if (candidate.needsCap && !tokens[i]?.cap) continue;
        if (candidate.exactCase !== null) {
          let joined = '';
          for (let k = i; k <= j; k++) joined += tokens[k]?.text ?? '';
          if (joined !== candidate.exactCase.replace(/\s+/g, '')) continue;
        }
        entries.push(candidate.entry);
      }
      if (entries.length > 0) best = { start: i, end: j + 1, entries };
    }
    if (best) {
      byStart[i] = best;
      i = best.end;
    } else {
      i++;
    }
  }
  return byStart;
};
