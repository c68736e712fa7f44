/** The popup's root view. The extension wiring (extract, match, compare) comes with the extension issue. */
export function App() {
  return (
    <main>
      <h1>Outlet Diff</h1>
      <p>Open a news article and click the toolbar icon to compare it with other outlets.</p>
    </main>
  );
}
