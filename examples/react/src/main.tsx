import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

const apiBase = import.meta.env.VITE_RECOURSE_API ?? 'http://localhost:8787';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App apiBase={apiBase} />
  </StrictMode>,
);
