import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { currentLanguage, i18n } from './i18n';
import './styles/app.css';

document.documentElement.lang = currentLanguage();
document.title = i18n.t('app.name');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
