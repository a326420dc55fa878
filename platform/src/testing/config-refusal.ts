// What the configuration refused with: the ConfigError's message, which names every problem at once. Test support only.
import { ConfigError } from '../config';

export function configRefusal(load: () => unknown): string {
  try {
    load();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected the configuration to refuse this environment');
}
