import { InvalidArgumentError } from 'commander';

// Parsers run while commander reads argv, so a bad value is reported with the flag it came from.

const isCalendarDate = (value: string): boolean => {
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
};

export const parseDate = (value: string): string => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isCalendarDate(value)) {
    throw new InvalidArgumentError('expected a calendar date as YYYY-MM-DD.');
  }
  return value;
};

export const parseUrl = (value: string): string => {
  if (!URL.canParse(value))
    throw new InvalidArgumentError('expected an absolute URL such as https://example.com/a.');
  return value;
};

export const parsePort = (value: string): number => {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new InvalidArgumentError('expected a port number 0..65535 (0 picks a free one).');
  }
  return port;
};

export const parsePositiveInt = (value: string): number => {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new InvalidArgumentError('expected a whole number >= 1.');
  return number;
};

export const parseJsonObject = (value: string): Record<string, unknown> => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw new InvalidArgumentError('expected JSON, for example \'{"detail-type":["Event Created"]}\'.');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new InvalidArgumentError('expected a JSON object.');
  }
  return parsed as Record<string, unknown>;
};
