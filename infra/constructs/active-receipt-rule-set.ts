import { RemovalPolicy, Validations } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IReceiptRuleSet } from 'aws-cdk-lib/aws-ses';
import {
  AwsCustomResource,
  AwsCustomResourcePolicy,
  PhysicalResourceId,
} from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';

export interface ActiveReceiptRuleSetProps {
  readonly ruleSet: IReceiptRuleSet;
}

/**
 * Makes a receipt rule set the active one in its region; on delete, leaves the region with none.
 *
 * CloudFormation can create a rule set but has no property to activate it, and an inactive rule set
 * receives nothing. SES allows one active set per region, so activating this one deactivates any other.
 */
export class ActiveReceiptRuleSet extends Construct {
  public readonly resource: AwsCustomResource;

  public constructor(scope: Construct, id: string, props: ActiveReceiptRuleSetProps) {
    super(scope, id);

    const ruleSetName = props.ruleSet.receiptRuleSetName;
    const activate = {
      service: 'SES',
      action: 'setActiveReceiptRuleSet',
      parameters: { RuleSetName: ruleSetName },
      // A constant id: were it the rule set's name, replacing the set would make CloudFormation "delete" the
      // old id after the update, and the delete call below would deactivate the new set.
      physicalResourceId: PhysicalResourceId.of('ActiveReceiptRuleSet'),
    };

    const logGroup = new LogGroup(this, 'Logs', {
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    // Our own role: write to this log group only, rather than the AWSLambdaBasicExecutionRole managed policy.
    const role = new Role(this, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    logGroup.grantWrite(role);

    this.resource = new AwsCustomResource(this, 'Resource', {
      resourceType: 'Custom::SesActiveReceiptRuleSet',
      onCreate: activate,
      onUpdate: activate,
      // Without a RuleSetName the call deactivates whichever set is active.
      onDelete: { service: 'SES', action: 'setActiveReceiptRuleSet', parameters: {} },
      installLatestAwsSdk: false,
      role,
      logGroup,
      policy: AwsCustomResourcePolicy.fromStatements([
        new PolicyStatement({ actions: ['ses:SetActiveReceiptRuleSet'], resources: ['*'] }),
      ]),
    });
    // Activate only once the rules exist, and deactivate before they are deleted.
    this.resource.node.addDependency(props.ruleSet);

    // The statement lands in a policy under the custom resource, not under the role.
    Validations.of(this).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'ses:SetActiveReceiptRuleSet supports no resource-level permissions; the role may call nothing else.',
    });
  }
}
