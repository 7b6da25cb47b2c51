import type { LexEntry, LexiconIndex } from './lexicon-index';
import type { Token } from './nlp';

/** "al-Shabab", "el-Sisi", "ash-Sharq": a lowercase Arabic article before a capitalized name. */
const ARTICLE_NAME = /^(?:al|el|ad|an|ar|as|ash|at|az)-\p{Lu}/u;

const capitalized = (token: Token | undefined): boolean =>
  token !== undefined && (token.cap || ARTICLE_NAME.test(token.text));

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
        if (candidate.needsCap && !capitalized(tokens[i])) continue;
        if (candidate.exactCase !== null) {
          let joined = '';
          for (let k = i; k <= j; k++) joined += tokens[k]?.text ?? '';
          if (joined !== candidate.exactCase.replace(/\s+/g, '')) continue;
        }
        entries.push(candidate.entry);
      }
      if (entries.length > 0) best = { start: i, end: j + 1, entries };
    }
    best ??= ownedBy(tokens, i, index);
    if (best) {
      byStart[i] = best;
      i = best.end;
    } else {
      i++;
    }
  }
  return byStart;
};

/** "a Greek-owned tanker", "a British-operated ship": one token whose owner part is a country or demonym. */
const OWNED = /^(.+)-(?:owned|operated)$/;

const ownedBy = (tokens: readonly Token[], i: number, index: LexiconIndex): Atom | undefined => {
  const token = tokens[i];
  if (!token?.cap) return undefined;
  const owner = OWNED.exec(token.lower)?.[1];
  const node = owner ? index.root.next.get(owner) : undefined;
  const entries = node?.candidates.filter((candidate) => candidate.exactCase === null).map((c) => c.entry);
  return entries && entries.length > 0 ? { start: i, end: i + 1, entries } : undefined;
};
