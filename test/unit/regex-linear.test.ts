import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import vm from 'node:vm';
import fc from 'fast-check';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every regular expression in core/ (literals and `new RegExp(...)`, found by parsing the sources) against
 * adversarial input made of its own characters: 50,000 repetitions of one character, 20,000 of a pair, a
 * literal run of the pattern, or a string the pattern itself matches, each followed by a character that
 * breaks the match. An article is up to 5 MB, so a regex that backtracks (exponentially or quadratically) on
 * such input could stall a worker; each run must finish well under BOUND_MS. The bound is generous on
 * purpose: it catches catastrophic backtracking, it does not measure speed.
 */
const BOUND_MS = 500;
/** A run still going after this is stopped (and reported): one bad regex must not hang the suite. */
const WATCHDOG_MS = 2_000;
const SINGLE_REPEAT = 50_000;
const PAIR_CHARS = 20_000;
/** Pairs grow quadratically with the alphabet: the first ones are the pattern's classes and escapes. */
const MAX_PAIR_ALPHABET = 12;
const TAILS = ['\u0000', '\n'];

const root = join(import.meta.dirname, '../..');

/**
 * Values for identifiers a `new RegExp` is built from that are not constants of the same file, keyed by
 * "file:identifier". A new dynamic regex without an entry here fails the inventory test below.
 */
const DYNAMIC_VALUES: Record<string, string[]> = {
  // The raw-text element whose closing tag is searched for (RAW_TEXT in the same file).
  'core/article/html-tokens.ts:name': [
    'script',
    'style',
    'title',
    'textarea',
    'xmp',
    'noscript',
    'plaintext',
  ],
};

interface FoundRegex {
  where: string;
  source: string;
  flags: string;
}

const sourceFiles = (dir: string): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();

/** Possible string values of an expression built from literals, same-file constants and known samples. */
function evaluate(
  node: ts.Expression,
  file: string,
  sf: ts.SourceFile,
  seen = new Set<string>(),
): string[] | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isParenthesizedExpression(node)) return evaluate(node.expression, file, sf, seen);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = evaluate(node.left, file, sf, seen);
    const right = evaluate(node.right, file, sf, seen);
    return left && right ? left.flatMap((l) => right.map((r) => l + r)) : null;
  }
  if (ts.isTemplateExpression(node)) {
    let values: string[] | null = [node.head.text];
    for (const span of node.templateSpans) {
      const part = evaluate(span.expression, file, sf, seen);
      if (!part || !values) return null;
      const current: string[] = values;
      values = current.flatMap((v) => part.map((p) => v + p + span.literal.text));
    }
    return values;
  }
  if (ts.isIdentifier(node)) {
    const name = node.text;
    const sample = DYNAMIC_VALUES[`${file}:${name}`];
    if (sample) return sample;
    if (seen.has(name)) return null;
    let found: ts.Expression | undefined;
    const visit = (child: ts.Node) => {
      if (
        ts.isVariableDeclaration(child) &&
        ts.isIdentifier(child.name) &&
        child.name.text === name &&
        child.initializer &&
        (child.parent.flags & ts.NodeFlags.Const) !== 0
      )
        found = child.initializer;
      ts.forEachChild(child, visit);
    };
    visit(sf);
    return found ? evaluate(found, file, sf, new Set([...seen, name])) : null;
  }
  return null;
}

/** Every regex of core/, and every `new RegExp` whose pattern could not be worked out. */
function inventory(): { found: FoundRegex[]; unresolved: string[] } {
  const found: FoundRegex[] = [];
  const unresolved: string[] = [];
  for (const file of sourceFiles('core')) {
    const sf = ts.createSourceFile(
      file,
      readFileSync(join(root, file), 'utf8'),
      ts.ScriptTarget.Latest,
      true,
    );
    const line = (node: ts.Node) => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const slash = text.lastIndexOf('/');
        found.push({
          where: `${file}:${line(node)}`,
          source: text.slice(1, slash),
          flags: text.slice(slash + 1),
        });
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp'
      ) {
        const [patternArg, flagsArg] = node.arguments ?? [];
        const patterns = patternArg ? evaluate(patternArg, file, sf) : null;
        const flags = flagsArg ? evaluate(flagsArg, file, sf) : [''];
        if (!patterns || !flags || flags.length !== 1) unresolved.push(`${file}:${line(node)}`);
        else
          for (const source of patterns)
            found.push({ where: `${file}:${line(node)}`, source, flags: flags[0] ?? '' });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { found, unresolved };
}

const PROPERTY_SAMPLES: Record<string, string[]> = {
  L: ['a', 'Ж'],
  Letter: ['a', 'Ж'],
  Lu: ['A', 'Ж'],
  Ll: ['a', 'ж'],
  N: ['5'],
  Nd: ['5'],
  P: ['.', ','],
  Z: [' '],
  Zs: [' '],
  M: ['\u0301'],
  Mn: ['\u0301'],
};

const ESCAPE_SAMPLES: Record<string, string[]> = {
  d: ['0', '7'],
  D: ['a', ' '],
  w: ['a', 'Z', '_', '5'],
  W: [' ', '.'],
  s: [' ', '\t', '\n', '\u00a0'],
  S: ['a', '.'],
  n: ['\n'],
  r: ['\r'],
  t: ['\t'],
  f: ['\f'],
  v: ['\v'],
  '0': ['\u0000'],
};

/** One escape at `at` (the backslash): the characters it can match and where it ends. */
function readEscape(source: string, at: number): { chars: string[]; end: number; literal: string | null } {
  const c = source[at + 1] ?? '';
  if (c === 'p' || c === 'P') {
    const close = source.indexOf('}', at);
    const name =
      source
        .slice(at + 3, close)
        .split('=')
        .pop() ?? '';
    return {
      chars: c === 'p' ? (PROPERTY_SAMPLES[name] ?? ['a']) : [' ', '1'],
      end: close + 1,
      literal: null,
    };
  }
  if (c === 'u' && source[at + 2] === '{') {
    const close = source.indexOf('}', at);
    const char = String.fromCodePoint(Number.parseInt(source.slice(at + 3, close), 16));
    return { chars: [char], end: close + 1, literal: char };
  }
  if (c === 'u') {
    const char = String.fromCharCode(Number.parseInt(source.slice(at + 2, at + 6), 16));
    return { chars: [char], end: at + 6, literal: char };
  }
  if (c === 'x') {
    const char = String.fromCharCode(Number.parseInt(source.slice(at + 2, at + 4), 16));
    return { chars: [char], end: at + 4, literal: char };
  }
  if (c === 'b' || c === 'B' || /[1-9]/.test(c)) return { chars: [], end: at + 2, literal: null };
  if (c === 'k' && source[at + 2] === '<')
    return { chars: [], end: source.indexOf('>', at) + 1, literal: null };
  const sample = ESCAPE_SAMPLES[c];
  if (sample)
    return { chars: sample, end: at + 2, literal: sample.length === 1 ? (sample[0] ?? null) : null };
  return { chars: [c], end: at + 2, literal: c };
}

/** A character class at `at` ("["): representatives of what it matches (and, if negated, of what it does not). */
function readClass(source: string, at: number): { chars: string[]; end: number } {
  let i = at + 1;
  const negated = source[i] === '^';
  if (negated) i += 1;
  const members: string[] = [];
  let first = true;
  while (i < source.length && (source[i] !== ']' || first)) {
    first = false;
    let char: string;
    if (source[i] === '\\') {
      const esc = readEscape(source, i);
      members.push(...esc.chars);
      i = esc.end;
      if (esc.literal === null) continue;
      char = esc.literal;
    } else {
      char = String.fromCodePoint(source.codePointAt(i) ?? 0);
      i += char.length;
      members.push(char);
    }
    if (source[i] === '-' && source[i + 1] !== ']' && i + 1 < source.length) {
      let to: string;
      if (source[i + 1] === '\\') {
        const esc = readEscape(source, i + 1);
        to = esc.literal ?? esc.chars[0] ?? char;
        i = esc.end;
      } else {
        to = String.fromCodePoint(source.codePointAt(i + 1) ?? 0);
        i += 1 + to.length;
      }
      const low = char.codePointAt(0) ?? 0;
      const high = to.codePointAt(0) ?? low;
      members.push(to, String.fromCodePoint(Math.floor((low + high) / 2)));
    }
  }
  const chars = negated
    ? [...members, ...['a', ' ', 'é', '0', '.'].filter((c) => !members.includes(c))]
    : members;
  return { chars, end: i + 1 };
}

/** The pattern's alphabet (classes and escapes first) and its literal runs. */
function alphabetOf(source: string): { alphabet: string[]; literals: string[] } {
  const classChars: string[] = [];
  const literalChars: string[] = [];
  const literals: string[] = [];
  let run = '';
  const flush = () => {
    if (run.length >= 2) literals.push(run);
    run = '';
  };
  for (let i = 0; i < source.length; ) {
    const c = source[i] ?? '';
    if (c === '\\') {
      const esc = readEscape(source, i);
      if (esc.literal !== null && esc.chars.length === 1) {
        literalChars.push(esc.literal);
        run += esc.literal;
      } else {
        classChars.push(...esc.chars);
        flush();
      }
      i = esc.end;
    } else if (c === '[') {
      const klass = readClass(source, i);
      classChars.push(...klass.chars);
      flush();
      i = klass.end;
    } else if (c === '(' && source[i + 1] === '?') {
      flush();
      const named = /^\(\?<(?![=!])[^>]*>/.exec(source.slice(i));
      i += named ? named[0].length : source[i + 2] === '<' ? 4 : 3;
    } else if (c === '{' && /^\{\d+(,\d*)?\}/.test(source.slice(i))) {
      // A quantifier repeats the last character: it is not part of the literal run.
      run = run.slice(0, -1);
      flush();
      i = source.indexOf('}', i) + 1;
    } else if ('*+?'.includes(c)) {
      run = run.slice(0, -1);
      flush();
      i += 1;
    } else if ('()|^$'.includes(c)) {
      flush();
      i += 1;
    } else if (c === '.') {
      classChars.push('a', ' ');
      flush();
      i += 1;
    } else {
      const char = String.fromCodePoint(source.codePointAt(i) ?? 0);
      literalChars.push(char);
      run += char;
      i += char.length;
    }
  }
  flush();
  return { alphabet: [...new Set([...classChars, ...literalChars, ' '])], literals: [...new Set(literals)] };
}

/**
 * Strings the regex itself matches, generated (seeded) by fast-check; none when it cannot model the pattern.
 * Its generator can spin on some negated classes, so it runs under the same watchdog as the regexes.
 */
function matchingSamples(regex: RegExp): string[] {
  const bare = new RegExp(regex.source, regex.flags.replace(/[gy]/g, ''));
  const context = vm.createContext({
    generate: () =>
      fc
        .sample(fc.stringMatching(bare, { size: 'small' }), { seed: 42, numRuns: 6 })
        .filter((s) => s.length > 0),
  });
  try {
    return vm.runInContext('generate()', context, { timeout: 1_000 }) as string[];
  } catch {
    return [];
  }
}

const repeatTo = (unit: string, length: number): string =>
  unit.repeat(Math.max(1, Math.ceil(length / unit.length)));

function* adversarialInputs(found: FoundRegex, regex: RegExp): Generator<{ label: string; input: string }> {
  const { alphabet, literals } = alphabetOf(found.source);
  for (const char of alphabet) {
    for (const tail of TAILS)
      yield {
        label: `${JSON.stringify(char)} x ${SINGLE_REPEAT} + ${JSON.stringify(tail)}`,
        input: char.repeat(SINGLE_REPEAT) + tail,
      };
  }
  const pairAlphabet = alphabet.slice(0, MAX_PAIR_ALPHABET);
  for (const a of pairAlphabet) {
    for (const b of pairAlphabet) {
      if (a === b) continue;
      yield {
        label: `${JSON.stringify(a + b)} x ${PAIR_CHARS / 2} + "\\u0000"`,
        input: `${repeatTo(a + b, PAIR_CHARS)}\u0000`,
      };
    }
  }
  for (const unit of [...literals, ...literals.map((literal) => `${literal} `), ...matchingSamples(regex)]) {
    for (const tail of TAILS)
      yield {
        label: `${JSON.stringify(unit.slice(0, 40))} repeated to ${SINGLE_REPEAT} chars + ${JSON.stringify(tail)}`,
        input: repeatTo(unit, SINGLE_REPEAT) + tail,
      };
  }
}

/**
 * Runs the regex the ways core uses regexes (one exec; a full scan when it is global) inside a vm script with
 * a timeout: a catastrophic regex cannot be interrupted from JavaScript, but V8's watchdog stops it.
 */
const runner = new vm.Script(`(() => {
  const started = now();
  regex.lastIndex = 0;
  regex.exec(input);
  if (regex.global) {
    regex.lastIndex = 0;
    for (let match = regex.exec(input); match; match = regex.exec(input)) {
      if (match[0] === '') regex.lastIndex += 1;
    }
  } else {
    input.search(regex);
  }
  return now() - started;
})()`);
const sandbox = vm.createContext({ now: () => performance.now(), regex: /x/, input: '' });

/** Milliseconds the runs took, or null when the watchdog had to stop them. */
function timeRun(regex: RegExp, input: string): number | null {
  sandbox.regex = regex;
  sandbox.input = input;
  try {
    return runner.runInContext(sandbox, { timeout: WATCHDOG_MS }) as number;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return null;
    throw error;
  }
}

const { found, unresolved } = inventory();

describe('regular expressions in core/ run in linear time on adversarial input', () => {
  it('the inventory finds every regex (literals and new RegExp), and can read every pattern', () => {
    expect(found.length).toBeGreaterThan(50);
    expect(found.some((entry) => entry.where.startsWith('core/article/html-tokens.ts'))).toBe(true);
    expect(unresolved, 'a new RegExp whose pattern is not known: add its values to DYNAMIC_VALUES').toEqual(
      [],
    );
    // The alphabet reader understands the syntax used: every pattern yields characters to attack it with.
    for (const entry of found)
      expect(alphabetOf(entry.source).alphabet.length, entry.where).toBeGreaterThan(0);
  });

  it.each(
    found.map((entry) => [`${entry.where} /${entry.source.slice(0, 60)}/${entry.flags}`, entry] as const),
  )('%s', (_name, entry) => {
    expect(firstSlowInput(entry), `${entry.where} /${entry.source}/${entry.flags}`).toBeNull();
  });

  it('the probe does catch catastrophic patterns (exponential and quadratic)', () => {
    for (const source of ['^(a+)+$', '\\s+$']) {
      expect(firstSlowInput({ where: 'known-bad', source, flags: '' }), source).not.toBeNull();
    }
  });
});

/** The first adversarial input on which the regex is too slow, described; null when it never is. */
function firstSlowInput(entry: FoundRegex): string | null {
  const regex = new RegExp(entry.source, entry.flags);
  for (const { label, input } of adversarialInputs(entry, regex)) {
    const ms = timeRun(regex, input);
    if (ms === null) return `${label}: stopped after ${WATCHDOG_MS} ms`;
    if (ms > BOUND_MS) return `${label}: ${ms.toFixed(0)} ms`;
  }
  return null;
}
