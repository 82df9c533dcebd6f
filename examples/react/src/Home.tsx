import { Link } from 'react-router';

/** The app's home route: the partner's own page, linking to the renewal route. */
export function Home() {
  return (
    <main className="page page--light">
      <header className="page__header">
        <div>
          <p className="eyebrow">Example · React 19 + @urcard/react + React Router</p>
          <h1>Your travel SIM</h1>
        </div>
      </header>
      <p>Your UR card keeps you connected abroad. Renew it before it runs out.</p>
      <p>
        <Link className="cta" to="/renew">
          Renew your UR card
        </Link>
      </p>
    </main>
  );
}
