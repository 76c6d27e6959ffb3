/**
 * The benchmarks' HTTP client: JSON requests to a server of theirs on 127.0.0.1, over kept-alive
 * sockets, each answer with the instant it had wholly arrived. A request that meets a kept-alive socket
 * the server closed while idle (Node's documented race: it never reached the server) is sent once more
 * on a new socket; one without an answer within `timeoutMs` fails.
 *
 * @example
 *   const { send, expectStatus, destroy } = benchHttp({ maxSockets: 16 });
 *   const reply = await expectStatus(send(port, 'GET', '/api/health'), 200, 'health');
 *   destroy();
 */
import http from 'node:http';

export interface Reply {
  status: number;
  body: string;
  /** performance.now() when the whole answer had arrived. */
  at: number;
}

export function benchHttp(options: { maxSockets: number }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.maxSockets });

  function send(port: number, method: string, url: string, token?: string, body?: unknown, timeoutMs = 120_000, retried = false): Promise<Reply> {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          method,
          path: url,
          agent,
          timeout: timeoutMs,
          headers: {
            ...(token ? { Authorization: `Bearer ${token}` } : {}),
            ...(payload ? { 'Content-Type': 'application/json', 'Content-Length': payload.length } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), at: performance.now() }));
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(new Error(`no answer to ${method} ${url} within ${timeoutMs} ms`)));
      req.on('error', (error: NodeJS.ErrnoException) => {
        if (req.reusedSocket && error.code === 'ECONNRESET' && !retried) send(port, method, url, token, body, timeoutMs, true).then(resolve, reject);
        else reject(error);
      });
      req.end(payload);
    });
  }

  async function expectStatus(promise: Promise<Reply>, status: number, what: string): Promise<Reply> {
    const reply = await promise;
    if (reply.status !== status) throw new Error(`${what}: ${reply.status} ${reply.body.slice(0, 300)}`);
    return reply;
  }

  return { send, expectStatus, destroy: () => agent.destroy() };
}
