import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App.tsx';
import './styles.css';

const apiBase = document.querySelector<HTMLMetaElement>('meta[name="urcard-api-base"]')?.content ?? '';

// The app lives under Vite's `base` (/react/ on the demo server), e.g. /react/ and /react/renew.
const basename = import.meta.env.BASE_URL.replace(/\/$/, '');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BrowserRouter basename={basename}>
      <App apiBase={apiBase} />
    </BrowserRouter>
  </StrictMode>,
);
