import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import './styles.css';

const apiBase = document.querySelector<HTMLMetaElement>('meta[name="urcard-api-base"]')?.content ?? '';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App apiBase={apiBase} />
  </StrictMode>,
);
