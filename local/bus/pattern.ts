/**
 * EventBridge event patterns, evaluated locally with the semantics AWS documents:
 * - a pattern is an object; every field it names must match (AND); a field's array lists alternatives (OR);
 * - when the event's value is an array, the field matches if any element matches (anything-but included:
 *   it is tested per element, as Event Ruler, EventBridge's matching engine, treats array values);
 * - nested objects recurse (into each element when the event holds an array of objects);
 * - matchers: exact values (string, number, boolean, null), prefix, suffix, equals-ignore-case, wildcard,
 *   anything-but (values, prefix, suffix, equals-ignore-case, wildcard), numeric ranges, exists, cidr (IPv4),
 *   and `$or` over sub-patterns.
 * Patterns are checked once, when compiled, so a subscriber with a broken pattern fails at load time
 * rather than silently matching nothing.
 */

export type EventPattern = { [field: string]: unknown };
export type EventMatcher = (event: unknown) => boolean;

export class EventPatternError extends Error {
  override readonly name = 'EventPatternError';
  readonly path: string;

  constructor(path: string, message: string) {
    super(`${path || '(pattern)'}: ${message}`);
    this.path = path;
  }
}

type Json = string | number | boolean | null;
type Leaf = Json;

/** A value test for one leaf value, or a test on the field's presence. */
type ValueTest = { kind: 'value'; test: (value: Leaf) => boolean } | { kind: 'exists'; expected: boolean };

type Node =
  | { kind: 'fields'; fields: { name: string; node: Node }[]; or: Node[][] }
  | { kind: 'leaf'; tests: ValueTest[] };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isLeaf = (value: unknown): value is Leaf =>
  value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

const join = (path: string, key: string | number): string =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

// ---------- string matchers ----------

const compileWildcard = (pattern: unknown, path: string): RegExp => {
  if (typeof pattern !== 'string') throw new EventPatternError(path, 'wildcard takes a string');
  let source = '';
  for (let i = 0; i < pattern.length; i += 1) {
    const char = pattern[i] as string;
    if (char === '\\') {
      const next = pattern[i + 1];
      if (next !== '*' && next !== '\\') {
        throw new EventPatternError(path, 'in a wildcard, a backslash may only escape * or \\');
      }
      source += next === '*' ? '\\*' : '\\\\';
      i += 1;
    } else if (char === '*') {
      if (pattern[i + 1] === '*')
        throw new EventPatternError(path, 'consecutive wildcard characters are not allowed');
      source += '.*';
    } else {
      source += char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    }
  }
  return new RegExp(`^${source}$`, 's');
};

/** `"prefix": "x"` or `"prefix": { "equals-ignore-case": "x" }` (same for suffix). */
const compileAffix = (
  kind: 'prefix' | 'suffix',
  operand: unknown,
  path: string,
): ((value: string) => boolean) => {
  let affix: string;
  let ignoreCase = false;
  if (typeof operand === 'string') affix = operand;
  else if (
    isPlainObject(operand) &&
    Object.keys(operand).length === 1 &&
    typeof operand['equals-ignore-case'] === 'string'
  ) {
    affix = operand['equals-ignore-case'];
    ignoreCase = true;
  } else {
    throw new EventPatternError(path, `${kind} takes a string or { "equals-ignore-case": string }`);
  }
  const wanted = ignoreCase ? affix.toLowerCase() : affix;
  return (value) => {
    const subject = ignoreCase ? value.toLowerCase() : value;
    return kind === 'prefix' ? subject.startsWith(wanted) : subject.endsWith(wanted);
  };
};

// ---------- numeric ----------

const LOWER = new Set(['>', '>=']);
const UPPER = new Set(['<', '<=']);

const compileNumeric = (operand: unknown, path: string): ((value: number) => boolean) => {
  if (!Array.isArray(operand) || (operand.length !== 2 && operand.length !== 4)) {
    throw new EventPatternError(path, 'numeric takes [op, number] or [lower-op, number, upper-op, number]');
  }
  const checks: ((value: number) => boolean)[] = [];
  const ops: string[] = [];
  for (let i = 0; i < operand.length; i += 2) {
    const op = operand[i];
    const bound = operand[i + 1];
    if (typeof bound !== 'number' || !Number.isFinite(bound)) {
      throw new EventPatternError(join(path, i + 1), 'numeric bounds must be numbers');
    }
    switch (op) {
      case '=':
        checks.push((value) => value === bound);
        break;
      case '<':
        checks.push((value) => value < bound);
        break;
      case '<=':
        checks.push((value) => value <= bound);
        break;
      case '>':
        checks.push((value) => value > bound);
        break;
      case '>=':
        checks.push((value) => value >= bound);
        break;
      default:
        throw new EventPatternError(join(path, i), `unknown numeric operator ${JSON.stringify(op)}`);
    }
    ops.push(op);
  }
  if (ops.length === 2) {
    const [first, second] = ops as [string, string];
    if (!(LOWER.has(first) && UPPER.has(second)) && !(UPPER.has(first) && LOWER.has(second))) {
      throw new EventPatternError(
        path,
        'a numeric range needs one lower bound (> or >=) and one upper bound (< or <=)',
      );
    }
  }
  return (value) => checks.every((check) => check(value));
};

// ---------- cidr ----------

const ipv4ToInt = (text: string): number | null => {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let result = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return null;
    const octet = Number(part);
    if (octet > 255) return null;
    result = result * 256 + octet;
  }
  return result;
};

const compileCidr = (operand: unknown, path: string): ((value: string) => boolean) => {
  const match = typeof operand === 'string' ? /^([\d.]+)\/(\d{1,2})$/.exec(operand) : null;
  const base = match ? ipv4ToInt(match[1] as string) : null;
  const bits = match ? Number(match[2]) : Number.NaN;
  if (base === null || !(bits >= 0 && bits <= 32)) {
    throw new EventPatternError(
      path,
      'cidr takes an IPv4 block such as "10.0.0.0/24" (IPv6 is not supported locally)',
    );
  }
  const size = 2 ** (32 - bits);
  const start = Math.floor(base / size) * size;
  return (value) => {
    const address = ipv4ToInt(value);
    return address !== null && address >= start && address < start + size;
  };
};

// ---------- anything-but ----------

const compileAnythingBut = (operand: unknown, path: string): ((value: Leaf) => boolean) => {
  if (isLeaf(operand)) return (value) => value !== operand;
  if (Array.isArray(operand)) {
    const allStrings = operand.every((item) => typeof item === 'string');
    const allNumbers = operand.every((item) => typeof item === 'number');
    if (operand.length === 0 || !(allStrings || allNumbers)) {
      throw new EventPatternError(
        path,
        'anything-but takes a non-empty list of only strings or only numbers',
      );
    }
    const excluded = new Set<unknown>(operand);
    return (value) => !excluded.has(value);
  }
  if (isPlainObject(operand) && Object.keys(operand).length === 1) {
    const [key, inner] = Object.entries(operand)[0] as [string, unknown];
    const innerPath = join(path, key);
    const onStrings = (test: (value: string) => boolean) => (value: Leaf) =>
      typeof value === 'string' && !test(value);
    switch (key) {
      case 'prefix':
      case 'suffix':
        if (typeof inner !== 'string')
          throw new EventPatternError(innerPath, `anything-but ${key} takes a string`);
        return onStrings(compileAffix(key, inner, innerPath));
      case 'equals-ignore-case': {
        const list = typeof inner === 'string' ? [inner] : inner;
        if (!Array.isArray(list) || list.length === 0 || !list.every((item) => typeof item === 'string')) {
          throw new EventPatternError(
            innerPath,
            'anything-but equals-ignore-case takes a string or a list of strings',
          );
        }
        const lowered = new Set(list.map((item: string) => item.toLowerCase()));
        return onStrings((value) => lowered.has(value.toLowerCase()));
      }
      case 'wildcard': {
        const list = typeof inner === 'string' ? [inner] : inner;
        if (!Array.isArray(list) || list.length === 0) {
          throw new EventPatternError(innerPath, 'anything-but wildcard takes a string or a list of strings');
        }
        const regexes = list.map((item, i) => compileWildcard(item, join(innerPath, i)));
        return onStrings((value) => regexes.some((regex) => regex.test(value)));
      }
    }
  }
  throw new EventPatternError(
    path,
    'anything-but takes a value, a list of values, or one of prefix, suffix, equals-ignore-case, wildcard',
  );
};

// ---------- one element of a field's array ----------

const compileTest = (element: unknown, path: string): ValueTest => {
  if (isLeaf(element)) return { kind: 'value', test: (value) => value === element };
  if (!isPlainObject(element) || Object.keys(element).length !== 1) {
    throw new EventPatternError(path, 'each entry must be a value or an object with exactly one operator');
  }
  const [operator, operand] = Object.entries(element)[0] as [string, unknown];
  const at = join(path, operator);
  const strings = (test: (value: string) => boolean): ValueTest => ({
    kind: 'value',
    test: (value) => typeof value === 'string' && test(value),
  });
  switch (operator) {
    case 'prefix':
    case 'suffix':
      return strings(compileAffix(operator, operand, at));
    case 'equals-ignore-case': {
      if (typeof operand !== 'string') throw new EventPatternError(at, 'equals-ignore-case takes a string');
      const wanted = operand.toLowerCase();
      return strings((value) => value.toLowerCase() === wanted);
    }
    case 'wildcard': {
      const regex = compileWildcard(operand, at);
      return strings((value) => regex.test(value));
    }
    case 'cidr':
      return strings(compileCidr(operand, at));
    case 'numeric': {
      const test = compileNumeric(operand, at);
      return { kind: 'value', test: (value) => typeof value === 'number' && test(value) };
    }
    case 'anything-but':
      return { kind: 'value', test: compileAnythingBut(operand, at) };
    case 'exists':
      if (typeof operand !== 'boolean') throw new EventPatternError(at, 'exists takes true or false');
      return { kind: 'exists', expected: operand };
    default:
      throw new EventPatternError(at, `unknown operator ${JSON.stringify(operator)}`);
  }
};

// ---------- structure ----------

const compileNode = (pattern: Record<string, unknown>, path: string): Node => {
  const fields: { name: string; node: Node }[] = [];
  const or: Node[][] = [];
  for (const [name, value] of Object.entries(pattern)) {
    const at = join(path, name);
    if (name === '$or') {
      if (!Array.isArray(value) || value.length < 2 || !value.every(isPlainObject)) {
        throw new EventPatternError(at, '$or takes a list of at least two patterns');
      }
      or.push(value.map((alternative, i) => compileNode(alternative, join(at, i))));
    } else if (Array.isArray(value)) {
      if (value.length === 0)
        throw new EventPatternError(at, 'an empty list matches nothing; remove the field instead');
      fields.push({
        name,
        node: { kind: 'leaf', tests: value.map((element, i) => compileTest(element, join(at, i))) },
      });
    } else if (isPlainObject(value)) {
      if (Object.keys(value).length === 0)
        throw new EventPatternError(at, 'an empty object is not a pattern');
      fields.push({ name, node: compileNode(value, at) });
    } else {
      throw new EventPatternError(
        at,
        'pattern values must be lists (of values or operators) or nested objects',
      );
    }
  }
  return { kind: 'fields', fields, or };
};

/** Leaf values of an event field; arrays are flattened, objects are not leaves. */
const leafValues = (value: unknown, into: Leaf[] = []): Leaf[] => {
  if (Array.isArray(value)) for (const item of value) leafValues(item, into);
  else if (isLeaf(value)) into.push(value);
  return into;
};

const matchLeaf = (tests: ValueTest[], value: unknown): boolean => {
  const values = leafValues(value);
  return tests.some((test) =>
    test.kind === 'exists' ? values.length > 0 === test.expected : values.some((item) => test.test(item)),
  );
};

const matchNode = (node: Node, value: unknown): boolean => {
  if (node.kind === 'leaf') return matchLeaf(node.tests, value);
  // Arrays of objects: the sub-pattern must hold within one element (EventBridge's array-consistent matching).
  if (Array.isArray(value)) return value.some((item) => matchNode(node, item));
  // A missing or non-object value behaves as an object with no fields, so `exists: false` below it matches.
  const object = isPlainObject(value) ? value : {};
  return (
    node.fields.every(({ name, node: child }) =>
      matchNode(child, Object.hasOwn(object, name) ? object[name] : undefined),
    ) && node.or.every((alternatives) => alternatives.some((alternative) => matchNode(alternative, object)))
  );
};

/** Validates a pattern and returns a fast predicate over whole events. @throws EventPatternError */
export const compilePattern = (pattern: unknown): EventMatcher => {
  if (!isPlainObject(pattern)) throw new EventPatternError('', 'an event pattern is a JSON object');
  const root = compileNode(pattern, '');
  return (event) => matchNode(root, event);
};

/** One-off check; compile once with compilePattern when matching many events. */
export const matchesPattern = (pattern: unknown, event: unknown): boolean => compilePattern(pattern)(event);
