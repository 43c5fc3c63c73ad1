import { readFileSync } from 'node:fs';
import { App, Stage } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { configFromContext, FollowupStack } from '../../infra/stack.js';

// The same context the CLI reads (feature flags and defaults), so the template under test is the one deployed.
const cdkJsonContext = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')).context;
const USERS = [{ email: 'ada@example.org', timeZone: 'Europe/London' }];

const appWith = (context: Record<string, unknown>) => new App({ context: { ...cdkJsonContext, ...context } });

describe('FollowupStack', () => {
  let stack: FollowupStack;
  let template: Template;
  let nagReport: ReturnType<AwsSolutionsChecks['validateScope']>;

  // One real synthesis, bundling included, shared by every test below.
  beforeAll(() => {
    // Prepare
    const app = appWith({ users: JSON.stringify(USERS) });
    stack = new FollowupStack(app, 'Test', { config: configFromContext(app.node) });

    // Act
    template = Template.fromStack(stack);
    nagReport = new AwsSolutionsChecks(app).validateScope(app);
  });

  const logicalIdOf = (type: string, props: Record<string, unknown>) => {
    const ids = Object.keys(template.findResources(type, { Properties: Match.objectLike(props) }));
    expect(ids).toHaveLength(1);
    return ids[0];
  };
  const functionId = (memorySize: number) => logicalIdOf('AWS::Lambda::Function', { MemorySize: memorySize });

  describe('SES receiving', () => {
    it('stores raw mail in S3 and then invokes inbound asynchronously, for the whole domain', () => {
      template.hasResourceProperties('AWS::SES::ReceiptRule', {
        Rule: {
          Recipients: ['followup.example.com'],
          ScanEnabled: true,
          TlsPolicy: 'Require',
          Enabled: true,
          Actions: [
            { S3Action: { BucketName: { Ref: Match.stringLikeRegexp('^RawMail') }, ObjectKeyPrefix: 'raw/' } },
            {
              LambdaAction: {
                FunctionArn: { 'Fn::GetAtt': [functionId(512), 'Arn'] },
                InvocationType: 'Event',
              },
            },
          ],
        },
      });
      template.resourceCountIs('AWS::SES::ReceiptRuleSet', 1);
    });

    it('activates the rule set with a custom resource that deactivates it on delete', () => {
      const ruleSetId = Object.keys(template.findResources('AWS::SES::ReceiptRuleSet'))[0];
      template.hasResource('Custom::SesActiveReceiptRuleSet', {
        Properties: {
          // The SDK call is JSON with the rule set's name spliced in.
          Create: {
            'Fn::Join': [
              '',
              Match.arrayWith([
                Match.stringLikeRegexp('"action":"setActiveReceiptRuleSet".*"RuleSetName":"$'),
                { Ref: ruleSetId },
              ]),
            ],
          },
          Delete: Match.serializedJson({ service: 'SES', action: 'setActiveReceiptRuleSet', parameters: {} }),
        },
        DependsOn: Match.arrayWith([ruleSetId]),
      });
    });

    it('lets only SES in this account write raw mail', () => {
      template.hasResourceProperties('AWS::S3::BucketPolicy', {
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Effect: 'Allow',
              Principal: { Service: 'ses.amazonaws.com' },
              Action: 's3:PutObject',
              Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } },
            }),
          ]),
        },
      });
    });

    it('lets only SES in this account invoke inbound', () => {
      template.hasResourceProperties('AWS::Lambda::Permission', {
        FunctionName: { 'Fn::GetAtt': [functionId(512), 'Arn'] },
        Principal: 'ses.amazonaws.com',
        SourceAccount: { Ref: 'AWS::AccountId' },
      });
    });

    it('has a domain identity for sending, with Easy DKIM', () => {
      template.hasResourceProperties('AWS::SES::EmailIdentity', {
        EmailIdentity: 'followup.example.com',
        DkimAttributes: Match.absent(),
      });
    });
  });

  describe('storage', () => {
    it('keeps raw mail encrypted, private and only for the retention period', () => {
      template.hasResourceProperties('AWS::S3::Bucket', {
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
        },
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        LifecycleConfiguration: { Rules: [{ ExpirationInDays: 30, Status: 'Enabled' }] },
      });
    });

    it('has one on-demand table with PITR, encryption and TTL, retained on delete', () => {
      template.resourceCountIs('AWS::DynamoDB::Table', 1);
      template.hasResource('AWS::DynamoDB::Table', {
        Properties: {
          KeySchema: [
            { AttributeName: 'pk', KeyType: 'HASH' },
            { AttributeName: 'sk', KeyType: 'RANGE' },
          ],
          BillingMode: 'PAY_PER_REQUEST',
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
          SSESpecification: { SSEEnabled: true },
          TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
          GlobalSecondaryIndexes: Match.absent(),
        },
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
      });
    });
  });

  describe('scheduler', () => {
    it('has a role only Scheduler in this account can assume, which may invoke only prompt', () => {
      const roleId = logicalIdOf('AWS::IAM::Role', {
        AssumeRolePolicyDocument: Match.objectLike({
          Statement: [Match.objectLike({ Principal: { Service: 'scheduler.amazonaws.com' } })],
        }),
      });
      template.hasResourceProperties('AWS::IAM::Role', {
        AssumeRolePolicyDocument: {
          Statement: [
            {
              Action: 'sts:AssumeRole',
              Effect: 'Allow',
              Principal: { Service: 'scheduler.amazonaws.com' },
              Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } },
            },
          ],
        },
      });

      const promptArn = { 'Fn::GetAtt': [functionId(256), 'Arn'] };
      const policies = template.findResources('AWS::IAM::Policy', {
        Properties: { Roles: [{ Ref: roleId }] },
      });
      const statements = Object.values(policies).flatMap((p) => p.Properties.PolicyDocument.Statement);
      const invoke = statements.filter((s) => [s.Action].flat().some((a: string) => a.startsWith('lambda:')));
      expect(invoke).toEqual([
        {
          Action: 'lambda:InvokeFunction',
          Effect: 'Allow',
          Resource: [promptArn, { 'Fn::Join': ['', [promptArn, ':$LATEST']] }],
        },
      ]);
      const scheduleDlq = { 'Fn::GetAtt': [Match.stringLikeRegexp('^ScheduleDeadLetters'), 'Arn'] };
      expect(statements.map((s) => s.Action).flat().sort()).toEqual(
        ['lambda:InvokeFunction', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:SendMessage'].sort(),
      );
      template.hasResourceProperties('AWS::IAM::Policy', {
        Roles: [{ Ref: roleId }],
        PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Resource: scheduleDlq })]) },
      });
    });

    it('has a schedule group and an encrypted, TLS-only DLQ for schedules', () => {
      template.resourceCountIs('AWS::Scheduler::ScheduleGroup', 1);
      template.resourceCountIs('AWS::Scheduler::Schedule', 0);
      template.hasResourceProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true });
      const queues = template.findResources('AWS::SQS::Queue');
      for (const id of Object.keys(queues)) {
        template.hasResourceProperties('AWS::SQS::QueuePolicy', {
          Queues: [{ Ref: id }],
          PolicyDocument: {
            Statement: Match.arrayWith([
              Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
            ]),
          },
        });
      }
    });
  });

  describe('functions', () => {
    const cases = [
      { name: 'inbound', memorySize: 512 },
      { name: 'prompt', memorySize: 256 },
    ];

    it.each(cases)('$name runs Node.js 24 on arm64 with its own log group', ({ memorySize }) => {
      const fn = template.findResources('AWS::Lambda::Function')[functionId(memorySize)];
      expect(fn.Properties).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
        Timeout: 30,
        LoggingConfig: { LogGroup: { Ref: expect.any(String) } },
      });
      template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 30 });
      expect(Object.keys(template.findResources('AWS::Logs::LogGroup'))).toContain(
        fn.Properties.LoggingConfig.LogGroup.Ref,
      );
      const logGroup = template.findResources('AWS::Logs::LogGroup')[fn.Properties.LoggingConfig.LogGroup.Ref];
      expect(logGroup.Properties.RetentionInDays).toBe(30);
    });

    it.each(cases)('$name retries twice and then sends the event to its SQS on-failure queue', ({ memorySize }) => {
      template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
        FunctionName: { Ref: functionId(memorySize) },
        MaximumRetryAttempts: 2,
        DestinationConfig: {
          OnFailure: { Destination: { 'Fn::GetAtt': [Match.stringLikeRegexp('DeadLettersQueue'), 'Arn'] } },
        },
      });
    });

    it('passes the configuration the handlers read', () => {
      const common = {
        NODE_OPTIONS: '--enable-source-maps',
        TABLE_NAME: { Ref: Match.stringLikeRegexp('^Table') },
        FROM_ADDRESS: 'prompts@followup.example.com',
        MAIL_DOMAIN: 'followup.example.com',
        INBOX_ADDRESS: 'interviews@followup.example.com',
        SCHEDULE_GROUP: Match.anyValue(),
        SCHEDULER_ROLE_ARN: { 'Fn::GetAtt': [Match.stringLikeRegexp('^SchedulerRole'), 'Arn'] },
        SCHEDULE_DLQ_ARN: { 'Fn::GetAtt': [Match.stringLikeRegexp('^ScheduleDeadLetters'), 'Arn'] },
        TOKEN_SECRET_ARN: { Ref: Match.stringLikeRegexp('^ReplyTokenKey') },
        USERS: JSON.stringify(USERS),
        RETENTION_DAYS: '180',
        DAILY_EMAIL_LIMIT: '30',
      };
      template.hasResourceProperties('AWS::Lambda::Function', {
        MemorySize: 512,
        Environment: {
          Variables: {
            ...common,
            RAW_BUCKET: { Ref: Match.stringLikeRegexp('^RawMail') },
            RAW_PREFIX: 'raw/',
            PROMPT_FUNCTION_ARN: { 'Fn::GetAtt': [functionId(256), 'Arn'] },
          },
        },
      });
      template.hasResourceProperties('AWS::Lambda::Function', {
        MemorySize: 256,
        Environment: { Variables: common },
      });
    });

    it('grants inbound raw mail reads under raw/ only, and prompt no S3 access', () => {
      const policyOf = (memorySize: number) => {
        const fn = template.findResources('AWS::Lambda::Function')[functionId(memorySize)];
        const roleId = fn.Properties.Role['Fn::GetAtt'][0];
        const policies = template.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: roleId }] } });
        return Object.values(policies).flatMap((p) => p.Properties.PolicyDocument.Statement);
      };
      const s3 = (memorySize: number) =>
        policyOf(memorySize).filter((s) => [s.Action].flat().some((a: string) => a.startsWith('s3:')));

      expect(s3(512)).toEqual([
        expect.objectContaining({
          Action: 's3:GetObject',
          Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [expect.stringMatching(/^RawMail/), 'Arn'] }, '/raw/*']] },
        }),
      ]);
      expect(s3(256)).toEqual([]);
      for (const memorySize of [512, 256]) {
        const actions = policyOf(memorySize).flatMap((s) => [s.Action].flat());
        expect(actions).toEqual(
          expect.arrayContaining([
            'ses:SendEmail',
            'scheduler:CreateSchedule',
            'scheduler:DeleteSchedule',
            'iam:PassRole',
            'secretsmanager:GetSecretValue',
            'dynamodb:PutItem',
          ]),
        );
        expect(actions.filter((a: string) => a.includes('*'))).toEqual([]);
        // In the SES sandbox every recipient is an identity the sender must be allowed to use.
        expect(JSON.stringify(policyOf(memorySize))).toContain(':identity/ada@example.org');
      }
    });
  });

  it('raises an alarm on every dead-letter queue', () => {
    const queues = Object.keys(template.findResources('AWS::SQS::Queue'));
    expect(queues).toHaveLength(3);
    for (const queue of queues) {
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'AWS/SQS',
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queue, 'QueueName'] } }],
        ComparisonOperator: 'GreaterThanThreshold',
        Threshold: 0,
      });
    }
  });

  it('outputs the MX record, bucket, table and inbox address', () => {
    template.hasOutput('MxRecord', {
      Value: { 'Fn::Join': ['', ['10 inbound-smtp.', { Ref: 'AWS::Region' }, '.amazonaws.com']] },
    });
    template.hasOutput('InboxAddress', { Value: 'interviews@followup.example.com' });
    template.hasOutput('RawMailBucket', { Value: { Ref: Match.stringLikeRegexp('^RawMail') } });
    template.hasOutput('TableName', { Value: { Ref: Match.stringLikeRegexp('^Table') } });
  });

  it('passes the cdk-nag AwsSolutions checks, every remaining finding acknowledged with a reason', () => {
    const findings = nagReport.violations.map(
      (v) => `${v.severity} ${v.ruleName} at ${v.violatingResources.map((r) => r.constructPath).join(', ')}`,
    );
    expect(findings).toEqual([]);
    expect(nagReport.success).toBe(true);
  });

  it('synthesizes without CDK warnings or errors', () => {
    const annotations = Annotations.fromStack(stack);
    expect(annotations.findError('*', Match.anyValue())).toEqual([]);
    expect(annotations.findWarning('*', Match.anyValue())).toEqual([]);
  });

  it('is environment-agnostic, so synth needs no credentials or lookups', () => {
    expect(stack.environment).toBe('aws://unknown-account/unknown-region');
    // A lookup would show up as missing context in the (cached) cloud assembly.
    expect(Stage.of(stack)?.synth().manifest.missing).toBeUndefined();
  });
});

describe('configFromContext', () => {
  it('uses the cdk.json defaults', () => {
    expect(configFromContext(appWith({}).node)).toEqual({
      domain: 'followup.example.com',
      inboxLocalPart: 'interviews',
      users: [],
      retentionDays: 30,
      interviewRetentionDays: 180,
      dailyEmailLimit: 30,
    });
  });

  it('accepts -c values, which arrive as strings', () => {
    const config = configFromContext(
      appWith({ users: JSON.stringify(USERS), retentionDays: '7', dailyEmailLimit: '5' }).node,
    );
    expect(config).toMatchObject({ users: USERS, retentionDays: 7, dailyEmailLimit: 5 });
  });

  it.each([
    [{ domain: 'not a domain' }, /domain: expected a lower-case domain name/],
    [{ inboxLocalPart: 'in+box' }, /inboxLocalPart/],
    [{ users: '[{"email":"ada"' }, /users: expected a JSON array/],
    [{ users: [{ email: 'ada@example.org', timeZone: 'Mars/Olympus' }] }, /users\.0\.timeZone: expected an IANA time zone/],
    [{ retentionDays: '0' }, /retentionDays/],
    [{ dailyEmailLimit: 'many' }, /dailyEmailLimit/],
  ])('rejects %j with a message naming the key', (context, message) => {
    expect(() => configFromContext(appWith(context).node)).toThrow(message);
  });
});
