import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { configFromContext, FollowupStack } from './stack.js';

const app = new App();

// Environment-agnostic on purpose: synth needs no credentials and does no lookups; the account and
// region come from the profile at deploy time.
new FollowupStack(app, 'InterviewFollowup', {
  description: 'Interview follow-up assistant: SES inbound mail, Lambda, DynamoDB, EventBridge Scheduler',
  config: configFromContext(app.node),
});

// Any finding that is not acknowledged with a reason fails synth.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
