import { createNodeSp } from '../data/sharepoint/spFactory';
import { CertificateAuth } from '../data/sharepoint/node/msalAuth';
import { configFromEnv } from './config';
import { startService } from './createCaseService';
import { entraBearerVerifier } from './identity/entraBearer';
import { serviceStoreOn } from './storage/sharePointServiceStore';

/**
 * Production entry (e.g. Azure App Service, several instances): configuration from the
 * environment, SharePoint with the app-only certificate identity, Bot Framework token
 * validation on, the tab's Entra tokens checked against the tenant's JWKS. Sweeps run
 * when a scheduler POSTs /api/sweeps/run with CCM_SWEEP_KEY.
 */
async function main(): Promise<void> {
  const config = configFromEnv();
  const required = [
    'CCM_SITE_URL',
    'CLIENT_ID',
    'TENANT_ID',
    'CCM_SP_CLIENT_ID',
    'CCM_SP_CERT_PATH',
    'CCM_SP_CERT_THUMBPRINT',
    'CCM_SWEEP_KEY'
  ];
  const missing = required.filter((name) => !process.env[name]);
  if (missing.length > 0) {
    throw new Error(`Missing configuration: ${missing.join(', ')}`);
  }
  if (!config.verifyBotFrameworkTokens) {
    throw new Error('CCM_VERIFY_BOT_TOKENS=false is for tests and local mode only.');
  }
  const sp = createNodeSp(
    config.siteUrl,
    CertificateAuth({
      tenantId: config.tenantId,
      clientId: process.env.CCM_SP_CLIENT_ID as string,
      thumbprint: process.env.CCM_SP_CERT_THUMBPRINT as string,
      certificatePath: process.env.CCM_SP_CERT_PATH as string
    })
  );
  const service = await startService(
    {
      config,
      store: serviceStoreOn(sp),
      verifyBearer: entraBearerVerifier(config.entra),
      clientSecret: process.env.CLIENT_SECRET
    },
    config.port,
    '0.0.0.0'
  );
  console.log(`Case service listening at ${service.messagesUrl}`);
}

main().catch((error: unknown) => {
  console.error('The case service could not start:', error);
  process.exit(1);
});
