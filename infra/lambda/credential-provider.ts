// Stands in for @aws-sdk/credential-provider-node inside the Lambda bundles. Lambda always hands a function its
// role's credentials in the environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN), so the rest of
// the default chain — SSO, STS web identity, INI files, process, IMDS, and the STS/SSO clients they carry — is
// dead weight at cold start. The local runtime and the CLI run from source and keep the full chain.
import { fromEnv } from '@aws-sdk/credential-provider-env';

export const defaultProvider = (init: Parameters<typeof fromEnv>[0] = {}) => fromEnv(init);
