import { decodeScenarioLink, encodeScenarioLink, type Scenario, type ScenarioDecodeResult } from '../model';

/** The hash parameter that carries a shared scenario: #s=v1.… */
const HASH_KEY = 's';

/** The scenario carried by a location hash, if any: null without one, else the decoder's result. Pure. */
export function scenarioFromHash(hash: string): ScenarioDecodeResult | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const link = params.get(HASH_KEY);
  return link === null ? null : decodeScenarioLink(link);
}

/** A full address for the scenario and step, based on the current page without its query or hash. Pure. */
export function shareUrl(pageUrl: string, scenario: Scenario, step: number): string {
  const url = new URL(pageUrl);
  url.search = '';
  url.hash = `${HASH_KEY}=${encodeScenarioLink(scenario, step)}`;
  return url.toString();
}

/** The address shown once a link has been read: the hash is dropped so later edits do not contradict it. */
export function addressWithoutShare(pageUrl: string): string {
  const url = new URL(pageUrl);
  url.hash = '';
  return url.toString();
}

/** The share address for this page (reads window.location). */
export function currentShareUrl(scenario: Scenario, step: number): string {
  return shareUrl(window.location.href, scenario, step);
}

/** Drops a shared scenario from the address bar once it is loaded, so later edits do not contradict it. */
export function forgetSharedAddress(): void {
  if (typeof window === 'undefined' || !window.location.hash) return;
  window.history.replaceState(window.history.state, '', addressWithoutShare(window.location.href));
}
