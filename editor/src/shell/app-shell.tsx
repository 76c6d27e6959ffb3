import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../api';
import { activeItem, navigationFor } from '../auth/role-navigation';
import { useApi } from '../auth/session-context';
import { localized } from '../i18n';
import { confirmLeave, Link, navigate, useLocation } from '../routing/router';
import { FlashNotice } from './flash-notice';
import { LanguageSwitch } from './language-switch';
import { useDistricts } from './use-districts';

/**
 * The frame around every signed-in screen: brand, navigation for the role, district, language, logout.
 * On a phone the navigation, the language and logout fold into a menu under one button; who is signed
 * in stays in view.
 */
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
  const [menuOpen, setMenuOpen] = useState(false);
  // A screen reached from the menu closes it.
  useEffect(() => setMenuOpen(false), [here]);

  function logout() {
    if (!confirmLeave()) return;
    // Leave for the login page in the same tick as the session ends, so no screen asks for `next`.
    navigate('/login', { replace: true, force: true });
    api.logout().catch(() => undefined);
  }

  return (
    <div className="shell">
      <header className={`shell-header${menuOpen ? ' menu-open' : ''}`}>
        <Link to="/" className="brand" aria-label={t('app.name')}>
          <span className="brand-mark" aria-hidden="true">精准</span>
          <span className="brand-name">{t('app.shortName')}</span>
        </Link>
        <div className="shell-user">
          <span className="district-badge" data-testid="user-district">
            {user.district ? (district ? localized(district.name) : user.district) : t('shell.cityWide')}
          </span>
          <span className="user-name" data-testid="user-name" title={t(`roles.${user.role}`)}>
            {localized(user.displayName)} · {t(`roles.${user.role}`)}
          </span>
        </div>
        <button type="button" className="menu-toggle" aria-expanded={menuOpen} aria-controls="shell-menu" onClick={() => setMenuOpen((open) => !open)} data-testid="menu-toggle">
          {menuOpen ? t('shell.closeMenu') : t('shell.menu')}
        </button>
        <div className="shell-menu" id="shell-menu">
          <nav aria-label={t('nav.label')} className="shell-nav">
            {items.map((item) => {
              const active = item === current;
              return (
                <Link key={item.testId} to={item.path} data-testid={item.testId} aria-current={active ? 'page' : undefined} onClick={() => setMenuOpen(false)}>
                  {t(item.label)}
                </Link>
              );
            })}
          </nav>
          <div className="shell-actions">
            <LanguageSwitch />
            <button type="button" className="link-button" onClick={logout} data-testid="logout">
              {t('shell.logout')}
            </button>
          </div>
        </div>
      </header>
      <main className="shell-main">
        <FlashNotice />
        {children}
      </main>
    </div>
  );
}
