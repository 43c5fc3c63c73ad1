import { Duration, Validations } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface DeadLetterQueueProps {
  /** Who writes here, for the alarm description an operator reads at 3 a.m. */
  readonly purpose: string;
}

/**
 * An SQS queue that catches what could not be delivered, and an alarm that fires on the first message.
 *
 * Every failure path in this app ends in one of these, so "nothing is in a DLQ" is the single health
 * signal an operator has to watch.
 */
export class DeadLetterQueue extends Construct {
  public readonly queue: Queue;
  public readonly alarm: Alarm;

  public constructor(scope: Construct, id: string, props: DeadLetterQueueProps) {
    super(scope, id);

    this.queue = new Queue(this, 'Queue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // The longest SQS allows: failed events wait for a human to look at them.
      retentionPeriod: Duration.days(14),
    });

    Validations.of(this.queue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason:
        'This queue is the dead-letter queue (Lambda on-failure destination or Scheduler DLQ); cdk-nag only recognises SQS redrive, and a DLQ of a DLQ would hide failures one level further.',
    });

    this.alarm = this.queue
      .metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum' })
      .createAlarm(this, 'Alarm', {
        alarmDescription: `Messages are waiting in the dead-letter queue for ${props.purpose}.`,
        threshold: 0,
        comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
  }
}
