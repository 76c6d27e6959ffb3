/** The app's single API client and session, shared by every screen. */
import { HttpClient, JingzhunApi, SessionStore } from './api';
import { currentLanguage, i18n } from './i18n';

export const sessionStore = new SessionStore(typeof localStorage === 'undefined' ? null : localStorage);

const http = new HttpClient(sessionStore, currentLanguage, {
  get network() {
    return i18n.t('errors.network');
  },
  get unexpected() {
    return i18n.t('errors.unexpected');
  },
});

export const api = new JingzhunApi(http, sessionStore);
