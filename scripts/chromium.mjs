// Launching Debian's Chromium as the tests and the bench need it on these machines.
import { chromium } from 'playwright-core';

// Chromium here has no network but the loopback: these flags stop it from trying to reach
// Google's services at start-up, which would fail noisily and slow every launch.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ARGS });
}
