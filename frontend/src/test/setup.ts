import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import i18n from '@/lib/i18n';
import { matchesWidth, viewport } from './viewport';

// findBy*/waitFor: the machines running the tests are shared and busy; 1 s is too tight.
configure({ asyncUtilTimeout: 5000 });

// antd reads these browser APIs, which jsdom does not have. Media queries answer as a screen
// of `viewport.width` pixels would (a desktop unless a test says otherwise: src/test/viewport.ts).
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  configurable: true,
  value: (query: string) => ({
    matches: matchesWidth(query, viewport.width),
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});
if (!('ResizeObserver' in window)) {
  class ResizeObserver {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  Object.defineProperty(window, 'ResizeObserver', { writable: true, configurable: true, value: ResizeObserver });
}
// jsdom does not lay out; antd's scrollbar measure only needs a value.
const { getComputedStyle } = window;
window.getComputedStyle = (elt: Element, pseudo?: string | null) => getComputedStyle(elt, pseudo ?? undefined);

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  window.localStorage.clear();
  window.sessionStorage.clear();
  viewport.width = viewport.desktop;
  await i18n.changeLanguage('zh-CN');
});
