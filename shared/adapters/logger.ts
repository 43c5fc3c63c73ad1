// Structured JSON logs; metrics in CloudWatch Embedded Metric Format, so no PutMetricData call is needed.
import type { Logger } from '../ports.js';

export function jsonLogger(service: string, write: (line: string) => void = (l) => process.stdout.write(l + '\n'), now: () => Date = () => new Date()): Logger {
  const line = (level: string, msg: string, data?: Record<string, unknown>) => write(JSON.stringify({ level, service, msg, ...data, time: now().toISOString() }));
  return {
    info: (m, d) => line('info', m, d),
    warn: (m, d) => line('warn', m, d),
    error: (m, d) => line('error', m, d),
    metric: (name, value = 1) =>
      write(
        JSON.stringify({
          _aws: { Timestamp: now().getTime(), CloudWatchMetrics: [{ Namespace: 'InterviewFollowup', Dimensions: [['service']], Metrics: [{ Name: name, Unit: 'Count' }] }] },
          service,
          [name]: value,
        }),
      ),
  };
}
