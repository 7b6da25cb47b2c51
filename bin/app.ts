import { ConfigError } from '../lib/config';
import { createNewsEventsApp } from '../lib/newsevents-app';

// The CDK CLI runs this (cdk.json "app"); the App synthesizes itself when the process exits.
try {
  createNewsEventsApp();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  // A stack trace would bury the one line that says which -c value to fix.
  console.error(error.message);
  process.exit(1);
}
