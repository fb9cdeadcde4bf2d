/**
 * Base of every careerkit element: `CareerkitBase` (endpoint and locale resolution, `emit`) plus the shared
 * client for the resolved endpoint (`this.client`).
 */
import { getClient, type CareerkitClient } from '../client/client.js';
import { CareerkitBase } from './careerkit-base.js';

export { CareerkitBase, DEFAULT_ENDPOINT } from './careerkit-base.js';

export class CareerkitElement extends CareerkitBase {
  protected get client(): CareerkitClient {
    return getClient(this.resolvedEndpoint);
  }
}
