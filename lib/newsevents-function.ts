import { join } from 'node:path';
import { type CfnElement, type Duration, type RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { CfnTable, type ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IEventBus } from 'aws-cdk-lib/aws-events';
import {
  type IGrantable,
  type IPrincipal,
  Policy,
  PolicyStatement,
  Role,
  ServicePrincipal,
} from 'aws-cdk-lib/aws-iam';
import { Architecture, type CfnFunction, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { FUNCTION_BUNDLE, shipFilesCommands } from './bundle-options';

const projectRoot = join(import.meta.dirname, '..');

/** Whether a grant on this table covers `index/*`: true once it has secondary indexes (bind after adding them). */
const hasIndexes = (table: Construct): boolean => {
  const cfn = table.node.defaultChild;
  if (!(cfn instanceof CfnTable)) return false;
  const resolve = (value: unknown): unknown => Stack.of(cfn).resolve(value);
  return [resolve(cfn.globalSecondaryIndexes), resolve(cfn.localSecondaryIndexes)].some(
    (indexes) => Array.isArray(indexes) && indexes.length > 0,
  );
};

/**
 * Pinned rather than computed from Runtime.ALL so an aws-cdk-lib upgrade never changes the
 * runtime behind a deploy; test/infra fails (as does cdk-nag L1) once a newer one exists.
 */
export const FUNCTION_RUNTIME = Runtime.NODEJS_24_X;

/*
 * Binders take only the capabilities they use: a narrow shape documents what each grant
 * touches and sidesteps aws-cdk-lib's class/interface mismatch under exactOptionalPropertyTypes.
 */
type BindableTable = Construct & Pick<ITable, 'grantReadData' | 'grantReadWriteData' | 'tableName'>;
type BindableBucket = Construct & Pick<IBucket, 'arnForObjects' | 'bucketArn' | 'encryptionKey'>;
type BindableBus = Pick<IEventBus, 'grantPutEventsTo' | 'eventBusName'>;
type BindableTopic = Pick<ITopic, 'grantPublish' | 'topicArn' | 'masterKey'>;

export interface NewsEventsFunctionProps {
  /** Folder under functions/ holding index.ts, which exports `handler`. */
  name: string;
  description: string;
  timeout: Duration;
  memorySize: number;
  /** The log group is `${logGroupPrefix}/${name}`, a name operators can type (`aws logs tail`). */
  logGroupPrefix: string;
  logRetention: RetentionDays;
  logRemovalPolicy: RemovalPolicy;
  environment?: Record<string, string>;
}

/**
 * The one place that decides how a newsevents Lambda function is built and what it may touch.
 * A wrapper rather than a subclass: it creates the role itself, so no function receives the
 * AWSLambdaBasicExecutionRole managed policy (logs:CreateLogGroup on "*"); its log group is
 * explicit, so only that group is writable. Permissions are added only through the bind* methods.
 */
export class NewsEventsFunction extends Construct implements IGrantable {
  readonly fn: NodejsFunction;
  readonly role: Role;
  readonly logGroup: LogGroup;
  readonly grantPrincipal: IPrincipal;

  constructor(scope: Construct, id: string, props: NewsEventsFunctionProps) {
    super(scope, id);
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `newsevents ${props.name} function`,
    });
    this.grantPrincipal = this.role;
    this.logGroup = new LogGroup(this, 'Logs', {
      logGroupName: `${props.logGroupPrefix}/${props.name}`,
      retention: props.logRetention,
      removalPolicy: props.logRemovalPolicy,
    });
    this.logGroup.grantWrite(this.role);

    this.fn = new NodejsFunction(this, 'Function', {
      entry: join(projectRoot, 'functions', props.name, 'index.ts'),
      handler: 'handler',
      projectRoot,
      depsLockFilePath: join(projectRoot, 'package-lock.json'),
      description: props.description,
      runtime: FUNCTION_RUNTIME,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize,
      timeout: props.timeout,
      role: this.role,
      logGroup: this.logGroup,
      environment: {
        POWERTOOLS_SERVICE_NAME: `newsevents-${props.name}`,
        POWERTOOLS_METRICS_NAMESPACE: 'newsevents',
        LOG_LEVEL: 'INFO',
        NODE_OPTIONS: '--enable-source-maps',
        ...props.environment,
      },
      bundling: {
        // Docker is neither needed nor available in CI: esbuild is a devDependency.
        forceDockerBundling: false,
        format: OutputFormat.ESM,
        target: FUNCTION_BUNDLE.target,
        minify: FUNCTION_BUNDLE.minify,
        sourceMap: FUNCTION_BUNDLE.sourcemap,
        sourcesContent: FUNCTION_BUNDLE.sourcesContent,
        mainFields: [...FUNCTION_BUNDLE.mainFields],
        externalModules: [...FUNCTION_BUNDLE.external],
        banner: FUNCTION_BUNDLE.banner,
        // aws-cdk-lib 2.276 accepts `charset` but never passes it to esbuild: without this the lexicons'
        // non-ASCII names are escaped as \uXXXX and the bundle grows by ~6% (test/infra/synth-cli.test.ts).
        esbuildArgs: { '--charset': FUNCTION_BUNDLE.charset },
        // Data files the bundle loads at run time (the NLP model), beside index.mjs where it requires them.
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          afterBundling: (_inputDir: string, outputDir: string) => shipFilesCommands(outputDir),
        },
      },
    });
    this.enableTracing();
  }

  /**
   * Active tracing, with its unavoidable `Resource: *` statement in a policy of its own:
   * the L2 `tracing` prop would put it in the default policy, where acknowledging the
   * wildcard would also hide any later, accidental `Resource: *` grant.
   */
  private enableTracing(): void {
    (this.fn.node.defaultChild as CfnFunction).tracingConfig = { mode: Tracing.ACTIVE };
    const tracing = new Policy(this, 'TracingPolicy', {
      roles: [this.role],
      statements: [
        new PolicyStatement({
          actions: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'],
          resources: ['*'],
        }),
      ],
    });
    Validations.of(tracing).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'X-Ray PutTraceSegments and PutTelemetryRecords have no resource-level permissions',
    });
    // The function must not start before it may send traces.
    this.fn.node.addDependency(tracing);
  }

  /** Item-level data access on the table and its indexes; sets TABLE_NAME (or `envName`). */
  bindTable(table: BindableTable, access: 'R' | 'RW', envName = 'TABLE_NAME'): this {
    if (access === 'RW') table.grantReadWriteData(this);
    else table.grantReadData(this);
    this.fn.addEnvironment(envName, table.tableName);
    if (hasIndexes(table)) {
      this.acknowledgeWildcard(
        resourceFinding(table, '/index/*'),
        'Queries may use any of the table’s secondary indexes; the grant is limited to this table',
      );
    }
    return this;
  }

  /**
   * Reads objects under `prefix`: no writes, no deletes. GetObjectVersion because notifications
   * from a versioned bucket name the exact version uploaded; ListBucket (key names only) because
   * without it S3 answers a request for a deleted key with 403 rather than 404, and a handler
   * could not tell an upload removed before processing from a real permission error.
   */
  bindBucketRead(bucket: BindableBucket, prefix: string): this {
    this.role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['s3:GetObject', 's3:GetObjectVersion'],
        resources: [bucket.arnForObjects(`${prefix}*`)],
      }),
    );
    this.role.addToPrincipalPolicy(
      new PolicyStatement({ actions: ['s3:ListBucket'], resources: [bucket.bucketArn] }),
    );
    bucket.encryptionKey?.grantDecrypt(this);
    this.acknowledgeWildcard(
      resourceFinding(bucket, `/${prefix}*`),
      `Object keys are chosen by whoever uploads; reading is limited to the ${prefix} prefix of this bucket`,
    );
    return this;
  }

  /** events:PutEvents on this bus only; sets BUS_NAME (or `envName`). */
  bindBusPut(bus: BindableBus, envName = 'BUS_NAME'): this {
    bus.grantPutEventsTo(this);
    this.fn.addEnvironment(envName, bus.eventBusName);
    return this;
  }

  /** sns:Publish on this topic (and use of its KMS key); sets TOPIC_ARN (or `envName`). */
  bindTopicPublish(topic: BindableTopic, envName = 'TOPIC_ARN'): this {
    topic.grantPublish(this);
    this.fn.addEnvironment(envName, topic.topicArn);
    if (topic.masterKey) {
      this.acknowledgeWildcard(
        'Action::kms:GenerateDataKey*',
        'SNS needs a fresh data key per message; kms:GenerateDataKey* is granted on the topic key only',
      );
    }
    return this;
  }

  /**
   * cdk-nag reports each wildcard as its own finding (`AwsSolutions-IAM5[Resource::...]`);
   * acknowledging the exact finding keeps any other wildcard visible.
   */
  private acknowledgeWildcard(finding: string | undefined, reason: string): void {
    if (finding) Validations.of(this).acknowledge({ id: `AwsSolutions-IAM5[${finding}]`, reason });
  }
}

/**
 * The IAM5 finding for a wildcard under a resource of this app, as cdk-nag prints it
 * (`Resource::<LogicalId.Arn>/inbox/*`); undefined for imported resources, whose findings stay visible.
 */
const resourceFinding = (resource: Construct, suffix: string): string | undefined => {
  const element = resource.node.defaultChild as CfnElement | undefined;
  return element && `Resource::<${Stack.of(element).getLogicalId(element)}.Arn>${suffix}`;
};
