import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Aws, CfnOutput, Duration, RemovalPolicy, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import { AttributeType, BillingMode, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { BlockPublicAccess, Bucket, BucketEncryption, type CfnBucket } from 'aws-cdk-lib/aws-s3';
import { ScheduleGroup } from 'aws-cdk-lib/aws-scheduler';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { EmailIdentity, Identity, ReceiptRuleSet, TlsPolicy } from 'aws-cdk-lib/aws-ses';
import { Lambda, LambdaInvocationType, S3 } from 'aws-cdk-lib/aws-ses-actions';
import type { Construct, Node } from 'constructs';
import { z } from 'zod';
import { ActiveReceiptRuleSet } from './constructs/active-receipt-rule-set.js';
import { DeadLetterQueue } from './constructs/dead-letter-queue.js';
import { FollowupFunction } from './constructs/function.js';

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
const RAW_PREFIX = 'raw/';

// Context arrives as JSON from cdk.json and as strings from `-c key=value`; accept both.
const positiveInt = (max: number) => z.coerce.number().int().min(1).max(max);
const timeZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'expected an IANA time zone such as "Europe/Berlin"');
const user = z.object({ email: z.email(), timeZone }).strict();

const contextSchema = z.object({
  domain: z
    .string()
    .regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'expected a lower-case domain name'),
  inboxLocalPart: z
    .string()
    .regex(/^[a-z0-9](?:[a-z0-9._-]{0,62})$/, 'expected a mailbox name without "+" or "@", e.g. "interviews"')
    .refine((local) => local !== 'reply' && local !== 'prompts', 'reserved: "reply" and "prompts" are used by the app'),
  users: z.preprocess((value, ctx) => {
    if (typeof value !== 'string') return value;
    try {
      return JSON.parse(value);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'expected a JSON array such as [{"email":"a@b.c","timeZone":"UTC"}]' });
      return z.NEVER;
    }
  }, z.array(user)),
  retentionDays: positiveInt(3650),
  interviewRetentionDays: positiveInt(3650),
  dailyEmailLimit: positiveInt(10_000),
});

export type FollowupConfig = z.infer<typeof contextSchema>;

/** Reads and checks the app's CDK context; throws naming every bad key and what it expects. */
export function configFromContext(node: Node): FollowupConfig {
  const keys = Object.keys(contextSchema.shape) as (keyof FollowupConfig)[];
  const raw = Object.fromEntries(keys.map((key) => [key, node.tryGetContext(key)]));
  const result = contextSchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid CDK context (set it in cdk.json or with -c key=value):\n${problems.join('\n')}`);
  }
  return result.data;
}

export interface FollowupStackProps extends StackProps {
  readonly config: FollowupConfig;
}

/**
 * Everything the assistant needs in one account and region: SES receives mail for the domain into S3 and
 * hands it to `inbound`; EventBridge Scheduler later invokes `prompt`, which sends the follow-up prompt.
 */
export class FollowupStack extends Stack {
  public constructor(scope: Construct, id: string, props: FollowupStackProps) {
    super(scope, id, props);
    const { config } = props;

    const rawMail = new Bucket(this, 'RawMail', {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      lifecycleRules: [{ expiration: Duration.days(config.retentionDays) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(rawMail).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'Only SES writes (bucket policy, SourceAccount condition) and only the inbound function reads; access logs would be a second copy of mail metadata kept longer than the mail itself.',
    });

    const table = new Table(this, 'Table', {
      partitionKey: { name: 'pk', type: AttributeType.STRING },
      sortKey: { name: 'sk', type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: TableEncryption.AWS_MANAGED,
      timeToLiveAttribute: 'expiresAt',
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const tokenSecret = new Secret(this, 'ReplyTokenKey', {
      description: 'HMAC key that signs the reply+<token> addresses',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
    });
    Validations.of(tokenSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'Rotating the HMAC key would invalidate every reply address already sent; rotate by hand when needed.',
    });

    const identity = new EmailIdentity(this, 'Identity', { identity: Identity.domain(config.domain) });

    // Schedules: the functions create one-off schedules in this group; Scheduler invokes `prompt` as this role.
    const scheduleGroup = new ScheduleGroup(this, 'Schedules', { removalPolicy: RemovalPolicy.DESTROY });
    const scheduleDeadLetters = new DeadLetterQueue(this, 'ScheduleDeadLetters', {
      purpose: 'schedules that could not invoke the prompt function',
    });
    const schedulerRole = new Role(this, 'SchedulerRole', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID } },
      }),
    });
    scheduleDeadLetters.queue.grantSendMessages(schedulerRole);

    const environment = {
      TABLE_NAME: table.tableName,
      FROM_ADDRESS: `prompts@${config.domain}`,
      MAIL_DOMAIN: config.domain,
      INBOX_ADDRESS: `${config.inboxLocalPart}@${config.domain}`,
      SCHEDULE_GROUP: scheduleGroup.scheduleGroupName,
      SCHEDULER_ROLE_ARN: schedulerRole.roleArn,
      SCHEDULE_DLQ_ARN: scheduleDeadLetters.queue.queueArn,
      TOKEN_SECRET_ARN: tokenSecret.secretArn,
      USERS: JSON.stringify(config.users),
      RETENTION_DAYS: String(config.interviewRetentionDays),
      DAILY_EMAIL_LIMIT: String(config.dailyEmailLimit),
    };

    const prompt = new FollowupFunction(this, 'Prompt', {
      projectRoot: PROJECT_ROOT,
      entry: path.join('functions', 'prompt', 'handler.ts'),
      description: 'Sends a scheduled follow-up prompt for an interview',
      memorySize: 256,
      environment,
    });
    prompt.function.grantInvokeLatestVersion(schedulerRole);

    const inbound = new FollowupFunction(this, 'Inbound', {
      projectRoot: PROJECT_ROOT,
      entry: path.join('functions', 'inbound', 'handler.ts'),
      description: 'Handles mail received by SES: forwarded invitations and replies to prompts',
      memorySize: 512,
      environment: {
        ...environment,
        RAW_BUCKET: rawMail.bucketName,
        RAW_PREFIX,
        PROMPT_FUNCTION_ARN: prompt.function.functionArn,
      },
    });
    inbound.function.addToRolePolicy(
      new PolicyStatement({ actions: ['s3:GetObject'], resources: [rawMail.arnForObjects(`${RAW_PREFIX}*`)] }),
    );
    // cdk-nag names a finding after the resource as written in the template, with `<LogicalId.Arn>` for GetAtt.
    const rawMailLogicalId = this.resolve(this.getLogicalId(rawMail.node.defaultChild as CfnBucket));
    Validations.of(inbound.role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${rawMailLogicalId}.Arn>/${RAW_PREFIX}*]`,
      reason: 'Object keys are SES message ids, unknown in advance; the grant is s3:GetObject under the raw/ prefix only.',
    });

    // SES evaluates the sending identity and, while the account is in the sandbox, each recipient too;
    // the configured users are the only recipients this app ever writes to.
    const userIdentityArns = config.users.map((u) =>
      this.formatArn({ service: 'ses', resource: 'identity', resourceName: u.email }),
    );
    const schedulesInGroup = `arn:<AWS::Partition>:scheduler:<AWS::Region>:<AWS::AccountId>:schedule/${this.resolve(scheduleGroup.scheduleGroupName)}/*`;
    for (const { function: grantee, role } of [inbound, prompt]) {
      table.grantReadWriteData(grantee);
      tokenSecret.grantRead(grantee);
      identity.grantSendEmail(grantee);
      if (userIdentityArns.length > 0) {
        grantee.addToRolePolicy(
          new PolicyStatement({ actions: ['ses:SendEmail', 'ses:SendRawEmail'], resources: userIdentityArns }),
        );
      }
      scheduleGroup.grantReadSchedules(grantee);
      scheduleGroup.grantWriteSchedules(grantee);
      scheduleGroup.grantDeleteSchedules(grantee);
      schedulerRole.grantPassRole(grantee.grantPrincipal);
      Validations.of(role).acknowledge({
        id: `AwsSolutions-IAM5[Resource::${schedulesInGroup}]`,
        reason: "Schedule names come from interview ids at run time; access is limited to schedules in this stack's group.",
      });
    }

    // One rule for the whole domain: it matches the inbox address and every reply+<token> address.
    const ruleSet = new ReceiptRuleSet(this, 'ReceiptRules');
    ruleSet.addRule('Domain', {
      recipients: [config.domain],
      scanEnabled: true,
      tlsPolicy: TlsPolicy.REQUIRE,
      actions: [
        new S3({ bucket: rawMail, objectKeyPrefix: RAW_PREFIX }),
        new Lambda({ function: inbound.function, invocationType: LambdaInvocationType.EVENT }),
      ],
    });
    new ActiveReceiptRuleSet(this, 'ActivateReceiptRules', { ruleSet });

    new CfnOutput(this, 'MxRecord', {
      description: `MX record to create for ${config.domain}`,
      value: `10 inbound-smtp.${Aws.REGION}.amazonaws.com`,
    });
    new CfnOutput(this, 'InboxAddress', { value: `${config.inboxLocalPart}@${config.domain}` });
    new CfnOutput(this, 'RawMailBucket', { value: rawMail.bucketName });
    new CfnOutput(this, 'TableName', { value: table.tableName });
    new CfnOutput(this, 'ScheduleGroup', { description: 'for users delete --group', value: scheduleGroup.scheduleGroupName });
    [1, 2, 3].forEach((n) => {
      const name = identity[`dkimDnsTokenName${n}` as 'dkimDnsTokenName1'];
      const value = identity[`dkimDnsTokenValue${n}` as 'dkimDnsTokenValue1'];
      new CfnOutput(this, `DkimRecord${n}`, { description: 'DKIM CNAME record to create', value: `${name} CNAME ${value}` });
    });
  }
}
