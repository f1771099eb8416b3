import { browserPlatform } from './browser-platform';
import { desktopBridge, electronPlatform } from './electron-platform';
import type { Platform } from './platform';

let current: Platform | null = null;

/** The platform this page runs on: the Electron bridge when present, else the browser twin. */
export function currentPlatform(): Platform {
  if (!current) {
    const bridge = desktopBridge();
    current = bridge ? electronPlatform(bridge) : browserPlatform();
  }
  return current;
}
