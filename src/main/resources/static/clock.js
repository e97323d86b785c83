/**
 * The clock page: keeps the server-rendered time ticking on the server's time (the device's
 * clock corrected by the measured offset) and says how far off the device's clock is.
 */
import { measureOffset } from './klockan.js';

const REMEASURE_MS = 10 * 60 * 1000;
const CALM_WITHIN_MS = 500;
const RIGHT_WITHIN_MS = 50;

const main = document.querySelector('main[data-zone]');
const time = main.querySelector('time');
const clock = main.querySelector('.clock');
const date = main.querySelector('.date');
const zoneLine = main.querySelector('.zone');
const offsetLine = main.querySelector('.offset');

const lang = document.documentElement.lang || undefined;
const zone = main.dataset.zone === 'auto' ? Intl.DateTimeFormat().resolvedOptions().timeZone : main.dataset.zone;
// A named zone keeps the server's tz release: its offset now and its next changes ("3600
// 1806195600000:7200"), applied to UTC, since the browser's own tz data may be older. The
// visitor's own zone ('auto') is the browser's to know.
const [firstOffset, ...changes] = (main.dataset.offsets ?? '').split(' ').filter(Boolean);
const offsetAt = (ms) => changes.map((change) => change.split(':').map(Number))
  .reduce((offset, [at, after]) => (ms >= at ? after : offset), Number(firstOffset));
const formatZone = main.dataset.offsets ? 'UTC' : zone;
const local = (ms) => new Date(main.dataset.offsets ? ms + offsetAt(ms) * 1000 : ms);
// 24-hour with two-digit hours in every language, as a Swedish clock reads: 03:57:58.
const clockFormat = new Intl.DateTimeFormat(lang, { timeZone: formatZone, hourCycle: 'h23', hour: '2-digit', minute: '2-digit', second: '2-digit' });
const dateFormat = new Intl.DateTimeFormat(lang, { timeZone: formatZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const seconds = (digits) => new Intl.NumberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits });

const deviceNow = () => performance.timeOrigin + performance.now();

// Until the first measurement lands, the server's rendering time is a fair guess (late by the
// page's own delivery), so the clock doesn't jump to the device's time and back.
const rendered = Date.parse(time.dateTime.replace(/(\.\d{3})\d+/, '$1'));
let offsetMs = Number.isNaN(rendered) ? 0 : deviceNow() - rendered;

const serverNow = () => deviceNow() - offsetMs;

function show() {
  const now = serverNow();
  const shown = local(now);
  clock.textContent = clockFormat.format(shown);
  date.textContent = dateFormat.format(shown);
  time.dateTime = new Date(now).toISOString();
  return now;
}

function tick() {
  const now = show();
  setTimeout(tick, 1000 - (now % 1000));
}

function describe({ offsetMs: offset, uncertaintyMs }) {
  const size = Math.abs(offset) / 1000;
  const text = Math.abs(offset) < RIGHT_WITHIN_MS
    ? offsetLine.dataset.right
    : (offset < 0 ? offsetLine.dataset.behind : offsetLine.dataset.ahead).replace('{0}', seconds(1).format(size));
  const margin = offsetLine.dataset.uncertainty.replace('{0}', seconds(uncertaintyMs < 10 ? 3 : 2).format(uncertaintyMs / 1000));
  return `${text} (${margin})`;
}

async function measure() {
  try {
    const result = await measureOffset();
    offsetMs = result.offsetMs;
    show();
    offsetLine.dataset.offsetMs = Math.round(result.offsetMs);
    offsetLine.className = `offset ${Math.abs(result.offsetMs) <= CALM_WITHIN_MS ? 'calm' : 'warn'}`;
    offsetLine.textContent = describe(result);
  } catch (error) {
    if (!offsetLine.dataset.offsetMs) {
      offsetLine.className = 'offset';
      offsetLine.textContent = offsetLine.dataset.failed;
    }
    console.warn('Klockan: could not measure this clock:', error);
  }
}

zoneLine.textContent = zone;
offsetLine.textContent = offsetLine.dataset.measuring;
offsetLine.hidden = false;
tick();
await measure();
setInterval(measure, REMEASURE_MS);
