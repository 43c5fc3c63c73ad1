// PromptScheduler on EventBridge Scheduler: one-time at() schedules that delete themselves after they fire.
import {
  ConflictException,
  CreateScheduleCommand,
  DeleteScheduleCommand,
  ResourceNotFoundException,
  type SchedulerClient,
} from '@aws-sdk/client-scheduler';
import type { PromptSchedule, PromptScheduler } from '../ports.js';
import { isValidZone, offsetMinutes, wallTimeIsUnique, wallTime } from '../time.js';

export interface SchedulerTarget {
  group: string;
  functionArn: string;
  roleArn: string;
  deadLetterArn?: string;
}

const named = (err: unknown, name: string) => typeof err === 'object' && err !== null && (err as { name?: string }).name === name;

/**
 * `at(yyyy-mm-ddThh:mm:ss)` in the user's zone, built by hand (the CDK helper converts through UTC). A wall time that
 * occurs twice at a DST change is ambiguous to the Scheduler, so such an instant is written in UTC instead.
 */
export function atExpression(at: Date, zone: string): { expression: string; timeZone: string } {
  // Also written in UTC: an unknown zone, and the hour after any offset change (conservative, as it always was).
  const ambiguous =
    !isValidZone(zone) || !wallTimeIsUnique(at, zone) || offsetMinutes(new Date(at.getTime() - 3_600_000), zone) !== offsetMinutes(at, zone);
  if (ambiguous) return { expression: `at(${wallTime(at, 'UTC')})`, timeZone: 'UTC' };
  return { expression: `at(${wallTime(at, zone)})`, timeZone: zone };
}

export class EventBridgePromptScheduler implements PromptScheduler {
  constructor(
    private readonly client: SchedulerClient,
    private readonly target: SchedulerTarget,
  ) {}

  async create(s: PromptSchedule): Promise<void> {
    const { expression, timeZone } = atExpression(s.at, s.timeZone);
    try {
      await this.client.send(
        new CreateScheduleCommand({
          Name: s.name,
          GroupName: this.target.group,
          ScheduleExpression: expression,
          ScheduleExpressionTimezone: timeZone,
          FlexibleTimeWindow: { Mode: 'OFF' },
          ActionAfterCompletion: 'DELETE',
          State: 'ENABLED',
          Target: {
            Arn: this.target.functionArn,
            RoleArn: this.target.roleArn,
            Input: JSON.stringify(s.payload),
            RetryPolicy: { MaximumRetryAttempts: 10, MaximumEventAgeInSeconds: 6 * 3600 },
            ...(this.target.deadLetterArn ? { DeadLetterConfig: { Arn: this.target.deadLetterArn } } : {}),
          },
        }),
      );
    } catch (err) {
      // A retry already made it: the name is deterministic and carries the prompt, so the one there is this one.
      if (err instanceof ConflictException || named(err, 'ConflictException')) return;
      throw err;
    }
  }

  async remove(name: string): Promise<void> {
    try {
      await this.client.send(new DeleteScheduleCommand({ Name: name, GroupName: this.target.group }));
    } catch (err) {
      if (err instanceof ResourceNotFoundException || named(err, 'ResourceNotFoundException')) return; // already gone
      throw err;
    }
  }
}
