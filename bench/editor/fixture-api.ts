/**
 * BENCHMARK FIXTURE — not the platform's API. Answers the few `/api` calls the editor's screens make
 * with generated data, so the browser benchmark measures the web app alone (no store, no network
 * latency). Shapes follow docs/api.md.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { generatedProcess } from './generated-diagram';

const DISTRICTS = [
  ['dongcheng', '东城区', 'Dongcheng'],
  ['xicheng', '西城区', 'Xicheng'],
  ['chaoyang', '朝阳区', 'Chaoyang'],
  ['haidian', '海淀区', 'Haidian'],
].map(([code, zh, en]) => ({ code, name: { zh, en } }));

export const BENCH_USER = { id: 'u-bench', username: 'bench', displayName: '基准测试', role: 'standards_officer', district: 'dongcheng', organisation: null };

function standard(code: string, process: string) {
  return {
    code,
    title: { zh: '基准测试标准', en: 'Benchmark standard' },
    population: { description: { zh: '测试', en: 'Test' }, eligibility: { type: 'object', properties: { name: { type: 'string', title: '姓名' } } } },
    contents: [{ id: 'assessment', title: { zh: '需求评估', en: 'Assessment' } }],
    methods: [{ id: 'casework', title: { zh: '个案工作', en: 'Casework' } }],
    roles: [{ id: 'caseworker', title: { zh: '社工', en: 'Caseworker' }, assignTo: 'caseworker' }],
    parameters: [],
    indicators: [],
    forms: { intake: { type: 'object', properties: { notes: { type: 'string', title: '记录' } } } },
    process,
  };
}

export function generatedTasks(count: number, now = Date.now()) {
  const day = 86_400_000;
  return Array.from({ length: count }, (_, i) => {
    const left = (i * 7) % 23 - 5;
    return {
      id: `t-${i}`,
      caseId: `c-${i}`,
      caseKey: `DC-2024-${String(i).padStart(5, '0')}`,
      standard: { code: 'BJ-SW-BENCH', version: 1, title: { zh: '基准测试标准', en: 'Benchmark standard' } },
      elementId: `Task_${(i % 40) + 1}`,
      name: { zh: `服务环节 ${(i % 40) + 1}`, en: `Step ${(i % 40) + 1}` },
      role: 'caseworker',
      assignTo: 'caseworker',
      district: 'dongcheng',
      organisation: null,
      assignee: i % 5 === 0 ? 'u-bench' : null,
      status: 'open',
      createdAt: new Date(now - (i % 30) * day).toISOString(),
      dueAt: new Date(now + left * day).toISOString(),
      overdue: left < 0,
      workingDaysLeft: left,
      formId: 'intake',
      form: { type: 'object', properties: { notes: { type: 'string', title: '记录' } } },
    };
  });
}

export function createFixtureApi(options: { diagramSize: number; taskCount: number }) {
  const diagram = generatedProcess(options.diagramSize);
  const tasks = generatedTasks(options.taskCount);
  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  };
  return (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://bench');
    const p = url.pathname.replace(/^\/api/, '');
    if (p === '/auth/me') return send(res, 200, BENCH_USER);
    if (p === '/districts') return send(res, 200, { items: DISTRICTS });
    if (p === '/standards/validate') return send(res, 200, { problems: [] });
    if (p === '/standards') return send(res, 200, { items: [] });
    const std = /^\/standards\/([^/]+)$/.exec(p);
    if (std) {
      const code = decodeURIComponent(std[1]!);
      return send(res, 200, {
        code,
        title: { zh: '基准测试标准', en: 'Benchmark standard' },
        draft: { standard: standard(code, diagram), revision: 1, status: 'draft', author: 'u-bench', updatedAt: new Date().toISOString(), problems: [] },
        versions: [],
        deployments: [],
      });
    }
    if (p === '/tasks') return send(res, 200, { items: tasks });
    send(res, 404, { code: 'NOT_FOUND', message: 'not in the benchmark fixture' });
  };
}
