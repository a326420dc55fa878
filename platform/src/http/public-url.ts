// Where clients reach the gateway, for absolute links in responses and messages (card PDFs, documents).
import type { HubConfig } from '../config';

export function publicBase(config: Pick<HubConfig, 'HUB_PUBLIC_URL' | 'PORT'>): string {
  return (config.HUB_PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/+$/, '');
}

/** An absolute URL for a gateway path such as `/cards/<kind>/123.pdf?exp=…`. */
export function publicLink(config: Pick<HubConfig, 'HUB_PUBLIC_URL' | 'PORT'>, path: string): string {
  return `${publicBase(config)}${path.startsWith('/') ? '' : '/'}${path}`;
}
