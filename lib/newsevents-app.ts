import { App, type AppProps, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { loadConfig, type NewsEventsConfig } from './config';
import { NewsEventsStack } from './newsevents-stack';

export interface NewsEventsApp {
  app: App;
  stack: NewsEventsStack;
  config: NewsEventsConfig;
}

/**
 * Builds the whole app from its context. bin/app.ts and test/infra share this, so the tests
 * check the same tree (cdk-nag plugin included) that `cdk synth` and `cdk deploy` produce.
 */
export const createNewsEventsApp = (props: AppProps = {}): NewsEventsApp => {
  const app = new App(props);
  const config = loadConfig((key) => app.node.tryGetContext(key));
  const stack = new NewsEventsStack(app, `newsevents-${config.stage}`, {
    config,
    description: `newsevents (${config.stage}): news articles to political event records and change events`,
    // Environment-agnostic unless the CLI knows an account; synth needs no credentials.
    env: {
      ...(process.env.CDK_DEFAULT_ACCOUNT && { account: process.env.CDK_DEFAULT_ACCOUNT }),
      ...(process.env.CDK_DEFAULT_REGION && { region: process.env.CDK_DEFAULT_REGION }),
    },
    terminationProtection: config.protectData,
  });
  Tags.of(stack).add('project', 'newsevents');
  Tags.of(stack).add('stage', config.stage);
  // Synthesis fails on any finding nobody acknowledged with a reason.
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack, config };
};
