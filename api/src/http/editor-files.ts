import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Request, type Response, type Router } from 'express';

const PLACEHOLDER = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>精准 Jingzhun</title></head>
<body><h1>精准 · 社会工作参与精准救助服务标准平台</h1>
<p>编辑器尚未构建：请运行 <code>npm start</code>。</p>
<p lang="en">Jingzhun — the editor has not been built yet: run <code>npm start</code>.</p></body></html>`;

/**
 * Serves the built editor at `/`, with `index.html` for every client-side route; a bilingual
 * placeholder page when it has not been built.
 */
export function editorFiles(editorDir: string): Router {
  const router = express.Router();
  const index = path.join(editorDir, 'index.html');
  router.use(express.static(editorDir, { index: false, maxAge: '1h', fallthrough: true }));
  router.get(/^\/(?!api\/|api$|metrics$).*/, (_req: Request, res: Response) => {
    if (existsSync(index)) res.setHeader('Cache-Control', 'no-cache').sendFile(index);
    else res.type('html').send(PLACEHOLDER);
  });
  return router;
}
