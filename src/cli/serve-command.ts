import { loadConfig } from '../config.js';
import { serve } from '../main.js';
import { createLogger } from '../server/logger.js';

/** `claimgraph serve`: runs until SIGTERM or SIGINT, then drains HTTP and closes the driver. */
export async function serveCommand(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config);
  const running = await serve(config, log);
  process.stdout.write(`claimgraph: GraphQL and playground at ${running.url}\n`);
  const shutdown = (signal: string) => {
    log.info({ signal }, 'shutting down');
    running.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        log.error({ err: String(err) }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}
