import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../api';
import { activeItem, navigationFor } from '../auth/role-navigation';
import { useApi } from '../auth/session-context';
import { localized } from '../i18n';
import { confirmLeave, Link, navigate, useLocation } from '../routing/router';
import { FlashNotice } from './flash-notice';
import { LanguageSwitch } from './language-switch';
import { useDistricts } from './use-districts';

/** The frame around every signed-in screen: brand, navigation for the role, district, language, logout. */
export function AppShell({ session, children }: { session: Session; children: ReactNode }) {
  const { t } = useTranslation();
  const api = useApi();
  const { path, query } = useLocation();
  const districts = useDistricts();
  const user = session.user;
  const district = user.district ? districts.find((d) => d.code === user.district) : undefined;
  const here = path + (query.toString() ? `?${query}` : '');
  const items = navigationFor(user);
  const current = activeItem(items, path, here);

  function logout() {
    if (!confirmLeave()) return;
    // Leave for the login page in the same tick as the session ends, so no screen asks for `next`.
    navigate('/login', { replace: true, force: true });
    api.logout().catch(() => undefined);
  }

  return (
    <div className="shell">
      <header className="shell-header">
        <Link to="/" className="brand" aria-label={t('app.name')}>
          <span className="brand-mark" aria-hidden="true">精准</span>
          <span className="brand-name">{t('app.shortName')}</span>
        </Link>
        <nav aria-label={t('nav.label')} className="shell-nav">
          {items.map((item) => {
            const active = item === current;
            return (
              <Link key={item.testId} to={item.path} data-testid={item.testId} aria-current={active ? 'page' : undefined}>
                {t(item.label)}
              </Link>
            );
          })}
        </nav>
        <div className="shell-user">
          <span className="district-badge" data-testid="user-district">
            {user.district ? (district ? localized(district.name) : user.district) : t('shell.cityWide')}
          </span>
          <span data-testid="user-name" title={t(`roles.${user.role}`)}>
            {localized(user.displayName)} · {t(`roles.${user.role}`)}
          </span>
          <LanguageSwitch />
          <button type="button" className="link-button" onClick={logout} data-testid="logout">
            {t('shell.logout')}
          </button>
        </div>
      </header>
      <main className="shell-main">
        <FlashNotice />
        {children}
      </main>
    </div>
  );
}
