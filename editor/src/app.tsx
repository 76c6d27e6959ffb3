/** The web app's root. The authoring, review and district screens arrive with the editor work. */
export function App() {
  return (
    <main>
      <h1>精准 · 社会工作参与精准救助服务标准平台</h1>
      <p lang="en">Jingzhun — service standards for social work in precise social assistance</p>
    </main>
  );
}
