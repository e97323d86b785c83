/**
 * Klockan sync client: how far is this device's clock from a Klockan server's?
 *
 * NTP's four timestamps over HTTP: the browser notes when it sent a request (t0) and when the
 * answer arrived (t3); GET /api/sync says when the server received it (t1) and sent the answer
 * (t2). Then offset = ((t0 - t1) + (t3 - t2)) / 2 (this device minus the server), the round trip
 * is (t3 - t0) - (t2 - t1), and the error is at most half the round trip. Of several samples, the
 * one with the shortest round trip is the best.
 *
 *   import { measureOffset } from 'https://klockan.example/klockan.js';
 *   const { offsetMs, uncertaintyMs, rttMs } = await measureOffset({ server: 'https://klockan.example' });
 *
 * No dependencies, no build step. Times come from performance.timeOrigin + performance.now()
 * (monotonic, unlike Date.now()), and from Resource Timing where the server allows it
 * (Klockan sends Timing-Allow-Origin: *), which brackets the exchange more tightly than code can.
 */

const deviceNow = () => performance.timeOrigin + performance.now();

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Measures this device's clock against a Klockan server.
 *
 * @param {object} [options]
 * @param {string} [options.server] the server's origin; this page's origin if left out
 * @param {number} [options.samples=8] samples to keep (one more is taken first, as a warm-up)
 * @param {number} [options.spacingMs=150] pause between samples
 * @param {AbortSignal} [options.signal] to give up early
 * @returns {Promise<{offsetMs: number, uncertaintyMs: number, rttMs: number}>} offsetMs is this
 *     device's clock minus the server's: negative when the device is behind
 */
export async function measureOffset({ server, samples = 8, spacingMs = 150, signal } = {}) {
  const endpoint = new URL('/api/sync', server ?? globalThis.location?.href);
  let best = null;
  for (let i = 0; i <= samples; i++) {
    if (i > 0) {
      await sleep(spacingMs);
    }
    const sample = await takeSample(endpoint, i, signal);
    // The first exchange pays for DNS, TCP and TLS: a warm-up, never kept.
    if (i > 0 && (best === null || sample.rttMs < best.rttMs)) {
      best = sample;
    }
  }
  return { offsetMs: best.offsetMs, uncertaintyMs: best.rttMs / 2, rttMs: best.rttMs };
}

async function takeSample(endpoint, n, signal) {
  const url = new URL(endpoint);
  url.searchParams.set('n', `${Math.round(deviceNow())}-${n}`); // unique: no cache, own timing entry
  const sent = deviceNow();
  const response = await fetch(url, { cache: 'no-store', credentials: 'omit', signal });
  const received = deviceNow();
  if (!response.ok) {
    throw new Error(`${url.origin}/api/sync answered ${response.status}`);
  }
  const { receive_us: receiveUs, transmit_us: transmitUs } = await response.json();
  const [t0, t3] = resourceTiming(url.href) ?? [sent, received];
  const t1 = receiveUs / 1000;
  const t2 = transmitUs / 1000;
  return {
    offsetMs: ((t0 - t1) + (t3 - t2)) / 2,
    rttMs: Math.max(0, (t3 - t0) - (t2 - t1)),
  };
}

/** When the request went out and the answer's first byte came back, if the browser will say. */
function resourceTiming(href) {
  const entry = performance.getEntriesByName?.(href, 'resource').at(-1);
  if (!entry || !(entry.requestStart > 0) || !(entry.responseStart >= entry.requestStart)) {
    return null;
  }
  return [performance.timeOrigin + entry.requestStart, performance.timeOrigin + entry.responseStart];
}
