import { Route, Routes } from 'react-router';
import { Home } from './Home.tsx';
import { Renewal } from './Renewal.tsx';

/** The routes: a home page, and the renewal page that embeds the checkout. */
export function App({ apiBase }: { apiBase: string }) {
  return (
    <Routes>
      <Route index element={<Home />} />
      <Route path="renew" element={<Renewal apiBase={apiBase} />} />
    </Routes>
  );
}
