import path from 'node:path';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, LoggingFormat, Runtime } from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { DeadLetterQueue } from './dead-letter-queue.js';

export interface FunctionProps {
  /** Repository root: holds `package-lock.json` and the `templates/` folder shipped with every bundle. */
  readonly projectRoot: string;
  /** Handler file relative to `projectRoot`; it must export `handler`. */
  readonly entry: string;
  readonly description: string;
  readonly memorySize: number;
  readonly environment: Record<string, string>;
  /** @default 30 seconds */
  readonly timeout?: Duration;
  /** @default one month */
  readonly logRetention?: RetentionDays;
}

/** The esbuild settings every function is bundled with; exported so a test can check real dependencies load. */
export const ESBUILD_DEFAULTS = {
  target: 'node24',
  // esbuild emits ESM; a CommonJS dependency that calls `require` needs one in scope.
  banner:
    "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  // ESM entry points first: they tree-shake (luxon, postal-mime, zod/mini). The bundling test checks every bundled
  // dependency still loads.
  mainFields: ['module', 'main'],
} as const;

/**
 * What the Lambda runtime provides (nodejs24.x ships AWS SDK v3). The bundles do NOT leave these out: a bundled,
 * tree-shaken SDK initialises faster than the runtime's copy loaded file by file (`npm run bench` measures both).
 */
export const EXTERNAL_MODULES = ['@aws-sdk/*', '@smithy/*'] as const;

/** Package substitutions inside the bundles (paths relative to the project root). */
export const ESBUILD_ALIASES = {
  // Lambda gives credentials in the environment: the rest of the default chain (and its STS/SSO clients) stays out.
  '@aws-sdk/credential-provider-node': './infra/lambda/credential-provider.ts',
} as const;

/**
 * A Lambda function with the project's defaults: newest Node.js runtime on arm64, a local esbuild bundle
 * (never Docker) that carries the `templates/` folder, an explicit log group with retention, and an
 * on-failure destination with an alarm so no asynchronous event is ever lost silently.
 */
export class FollowupFunction extends Construct {
  public readonly function: NodejsFunction;
  public readonly role: Role;
  public readonly deadLetterQueue: DeadLetterQueue;

  public constructor(scope: Construct, id: string, props: FunctionProps) {
    super(scope, id);

    const logGroup = new LogGroup(this, 'Logs', {
      retention: props.logRetention ?? RetentionDays.ONE_MONTH,
      // The log group has a generated name and its own expiry; keeping it after the stack is gone helps no one.
      removalPolicy: RemovalPolicy.DESTROY,
    });

    // An explicit role so the function gets write access to its own log group only, instead of the
    // account-wide AWSLambdaBasicExecutionRole managed policy.
    const role = new Role(this, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    logGroup.grantWrite(role);
    this.role = role;

    this.deadLetterQueue = new DeadLetterQueue(this, 'DeadLetters', {
      purpose: `failed asynchronous invocations of ${this.node.path}`,
    });

    this.function = new NodejsFunction(this, 'Function', {
      description: props.description,
      entry: path.join(props.projectRoot, props.entry),
      handler: 'handler',
      projectRoot: props.projectRoot,
      depsLockFilePath: path.join(props.projectRoot, 'package-lock.json'),
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize,
      timeout: props.timeout ?? Duration.seconds(30),
      role,
      logGroup,
      loggingFormat: LoggingFormat.JSON,
      environment: { NODE_OPTIONS: '--enable-source-maps', ...props.environment },
      retryAttempts: 2,
      onFailure: new SqsDestination(this.deadLetterQueue.queue),
      bundling: {
        forceDockerBundling: false,
        format: OutputFormat.ESM,
        target: ESBUILD_DEFAULTS.target,
        mainFields: [...ESBUILD_DEFAULTS.mainFields],
        banner: ESBUILD_DEFAULTS.banner,
        minify: true,
        sourceMap: true,
        sourcesContent: false,
        // Ship the SDK version the code was tested with, tree-shaken: faster to initialise than the runtime's copy.
        bundleAwsSDK: true,
        esbuildArgs: Object.fromEntries(Object.entries(ESBUILD_ALIASES).map(([from, to]) => [`--alias:${from}`, to])),
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          afterBundling: (inputDir: string, outputDir: string) => [
            `cp -R "${path.join(inputDir, 'templates')}" "${path.join(outputDir, 'templates')}"`,
          ],
        },
      },
    });
  }
}
