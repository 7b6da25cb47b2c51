import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { asIBucket } from './cdk-compat';

export interface ArticlesBucketProps {
  removalPolicy: 'destroy' | 'retain';
  /** How long a replaced or deleted article version stays recoverable. */
  noncurrentVersionDays: number;
  accessLogDays: number;
}

/** The bucket analysts upload articles to, and the bucket that records who did. */
export class ArticlesBucket extends Construct {
  readonly bucket: Bucket;
  readonly accessLogs: Bucket;

  constructor(scope: Construct, id: string, props: ArticlesBucketProps) {
    super(scope, id);
    const destroy = props.removalPolicy === 'destroy';
    const common = {
      // Server access logging can only deliver to SSE-S3 buckets, so both use S3-managed keys.
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      removalPolicy: destroy ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
      // A versioned bucket is never empty after use; without this `cdk destroy` leaves it behind in dev.
      autoDeleteObjects: destroy,
    };

    this.accessLogs = new Bucket(this, 'AccessLogs', {
      ...common,
      lifecycleRules: [{ id: 'expire-access-logs', expiration: Duration.days(props.accessLogDays) }],
    });

    this.bucket = new Bucket(this, 'Bucket', {
      ...common,
      versioned: true,
      serverAccessLogsBucket: asIBucket(this.accessLogs),
      serverAccessLogsPrefix: 'articles/',
      lifecycleRules: [
        {
          id: 'expire-old-versions',
          noncurrentVersionExpiration: Duration.days(props.noncurrentVersionDays),
          expiredObjectDeleteMarker: true,
        },
        { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
      ],
    });
  }
}
