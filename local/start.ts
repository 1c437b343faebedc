// `npm start`: brings the whole product up locally on loopback and prints the URLs.
// Parts join here as they are built (SharePoint emulator, case service).
import { startHostServer } from './host/server';
import { LOCAL_HOST_USERS } from './host/localUsers';

async function main(): Promise<void> {
  const hostPage = await startHostServer({ port: Number(process.env.CCM_HOST_PORT ?? 4321) });
  console.log('\nCustomer Case Management is running locally.\n');
  console.log(`  Local host page:  ${hostPage.url}`);
  console.log('  Act as another person with ?as=<key>:');
  for (const user of LOCAL_HOST_USERS) console.log(`    ${hostPage.url}?as=${user.key}   ${user.displayName}`);
  console.log('  Themes: add &theme=dark or &theme=contrast; Members\' guidance page: &mode=guidance');
  console.log('\nPress Ctrl+C to stop.\n');
  const stop = async (): Promise<void> => {
    await hostPage.close();
    process.exit(0);
  };
  process.once('SIGINT', () => {
    stop().catch(() => process.exit(1));
  });
  process.once('SIGTERM', () => {
    stop().catch(() => process.exit(1));
  });
}

main().catch((error: unknown) => {
  console.error('Could not start the local environment:', error);
  process.exit(1);
});
