import { AppConfig, ConfigError, loadConfig } from './app-config';

/** Boot-time: a bad variable stops start-up with one line naming it. */
export function loadConfigOrExit(): AppConfig {
  try {
    const config = loadConfig();
    process.env.TZ = config.timeZone;
    return config;
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Configuration error: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
