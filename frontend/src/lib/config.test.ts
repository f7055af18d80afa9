import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('runtime configuration', () => {
  afterEach(() => {
    delete window.__SHEQUN_CONFIG__;
  });

  it('defaults to the local Keycloak realm, the console client and the same origin', () => {
    expect(loadConfig()).toEqual({
      oidcAuthority: 'http://localhost:8180/realms/shequn',
      oidcClientId: 'shequn-console',
      apiBaseUrl: window.location.origin,
      apiGuideUrl: 'http://localhost:8080/q/swagger-ui/#/events',
    });
  });

  it('takes window.__SHEQUN_CONFIG__ (from /config.js) over the defaults', () => {
    window.__SHEQUN_CONFIG__ = {
      oidcAuthority: 'https://sso.example.com/realms/shequn',
      oidcClientId: 'console-prod',
      apiBaseUrl: 'https://api.example.com/',
      apiGuideUrl: 'https://docs.example.com/api-guide#events',
    };
    expect(loadConfig()).toEqual({
      oidcAuthority: 'https://sso.example.com/realms/shequn',
      oidcClientId: 'console-prod',
      apiBaseUrl: 'https://api.example.com',
      apiGuideUrl: 'https://docs.example.com/api-guide#events',
    });
  });

  it('ignores blank runtime values', () => {
    window.__SHEQUN_CONFIG__ = { oidcAuthority: '  ', oidcClientId: '' };
    expect(loadConfig().oidcAuthority).toBe('http://localhost:8180/realms/shequn');
    expect(loadConfig().oidcClientId).toBe('shequn-console');
  });
});
