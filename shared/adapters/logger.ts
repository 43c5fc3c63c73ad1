// Structured JSON logs; metrics in CloudWatch Embedded Metric Format, so no PutMetricData call is needed.
import type { Logger } from '../ports.js';

const LEVELS = { info: 0, warn: 1, error: 2, silent: 3 } as const;

export function jsonLogger(
  service: string,
  level: keyof typeof LEVELS = 'info',
  write: (line: string) => void = (l) => process.stdout.write(l + '\n'),
  now: () => Date = () => new Date(),
): Logger {
  const min = LEVELS[level];
  const line = (lv: 'info' | 'warn' | 'error', msg: string, data?: Record<string, unknown>) => {
    if (LEVELS[lv] >= min) write(JSON.stringify({ level: lv, service, msg, ...data, time: now().toISOString() }));
  };
  return {
    info: (m, d) => line('info', m, d),
    warn: (m, d) => line('warn', m, d),
    error: (m, d) => line('error', m, d),
    metric: (name, value = 1) =>
      min < LEVELS.silent &&
      write(
        JSON.stringify({
          _aws: { Timestamp: now().getTime(), CloudWatchMetrics: [{ Namespace: 'InterviewFollowup', Dimensions: [['service']], Metrics: [{ Name: name, Unit: 'Count' }] }] },
          service,
          [name]: value,
        }),
      ),
  };
}
