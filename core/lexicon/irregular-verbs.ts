/**
 * Irregular past forms of trigger verbs. Regular forms (-s, -ed, -ing) are derived; these are
 * the ones that cannot be ("met", "fought", "struck"). Listed so a trigger never depends on the
 * tagger's lemma, which is sometimes wrong ("staged" -> "stag").
 */
export const IRREGULAR_VERBS: Readonly<Record<string, readonly string[]>> = {
  meet: ['met'],
  hold: ['held'],
  fight: ['fought'],
  strike: ['struck', 'stricken'],
  hit: ['hit'],
  shoot: ['shot'],
  burn: ['burnt'],
  throw: ['threw', 'thrown'],
  send: ['sent'],
  give: ['gave', 'given'],
  take: ['took', 'taken'],
  speak: ['spoke', 'spoken'],
  seek: ['sought'],
  lead: ['led'],
  bring: ['brought'],
  break: ['broke', 'broken'],
  cut: ['cut'],
  lend: ['lent'],
  tell: ['told'],
  say: ['said'],
  buy: ['bought'],
  sell: ['sold'],
  win: ['won'],
  beat: ['beat', 'beaten'],
  fly: ['flew', 'flown'],
  begin: ['began', 'begun'],
  freeze: ['froze', 'frozen'],
  unfreeze: ['unfroze', 'unfrozen'],
  forgive: ['forgave', 'forgiven'],
  withdraw: ['withdrew', 'withdrawn'],
  overthrow: ['overthrew', 'overthrown'],
  swear: ['swore', 'sworn'],
  shut: ['shut'],
  put: ['put'],
  set: ['set'],
  quit: ['quit'],
  lay: ['laid'],
  seize: [],
  have: ['had', 'has'],
  do: ['did', 'done', 'does'],
  go: ['went', 'gone', 'goes'],
  arise: ['arose'],
  undertake: ['undertook', 'undertaken'],
  oversee: ['oversaw', 'overseen'],
  slay: ['slew', 'slain'],
  bind: ['bound'],
  bomb: [],
};

const VOWELS = /[aeiou]/;

/** Regular inflections of a verb: visit -> visits, visited, visiting; ship -> shipped, shipping. */
export const verbForms = (verb: string): string[] => {
  const forms = new Set<string>([verb, ...(IRREGULAR_VERBS[verb] ?? [])]);
  const last = verb.slice(-1);
  const beforeLast = verb.slice(-2, -1);
  if (/(s|x|z|ch|sh)$/.test(verb)) forms.add(`${verb}es`);
  else if (/[^aeiou]y$/.test(verb)) forms.add(`${verb.slice(0, -1)}ies`);
  else forms.add(`${verb}s`);
  if (verb.endsWith('e')) {
    forms.add(`${verb}d`);
    forms.add(`${verb.slice(0, -1)}ing`);
  } else if (/[^aeiou]y$/.test(verb)) {
    forms.add(`${verb.slice(0, -1)}ied`);
    forms.add(`${verb}ing`);
  } else {
    forms.add(`${verb}ed`);
    forms.add(`${verb}ing`);
    // Short verbs ending consonant-vowel-consonant double it: ship -> shipped, ban -> banned.
    if (verb.length <= 4 && !VOWELS.test(last) && VOWELS.test(beforeLast) && !/[wxy]/.test(last)) {
      forms.add(`${verb}${last}ed`);
      forms.add(`${verb}${last}ing`);
    }
    // British and American spellings both occur: "traveled"/"travelled", "labeled"/"labelled".
    if (last === 'l') {
      forms.add(`${verb}led`);
      forms.add(`${verb}ling`);
    }
  }
  return [...forms];
};
