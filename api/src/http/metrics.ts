/**
 * Prometheus metrics at /metrics: requests and their latency by route, plus the engine's gauges read
 * from the store when scraped (`jingzhun_engine{measure="tasks_open"}` …, see engine-gauges.ts).
 */
import type { NextFunction, Request, Response } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export interface MetricsSource {
  /** Named gauges computed at scrape time, e.g. `{ jobs_due: 3, incidents_open: 0 }`. */
  gauges(): Promise<Record<string, number>>;
}

export function createMetrics(source?: MetricsSource, onError?: (error: unknown) => void) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'jingzhun_' });
  const requests = new Counter({
    name: 'jingzhun_http_requests_total',
    help: 'HTTP requests by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'jingzhun_http_request_duration_seconds',
    help: 'HTTP request latency by method and route',
    labelNames: ['method', 'route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const storeUp = new Gauge({
    name: 'jingzhun_store_up',
    help: 'Whether the store answered the last scrape (1) or not (0)',
    registers: [registry],
  });
  const engineGauge = new Gauge({
    name: 'jingzhun_engine',
    help: 'Engine state at scrape time (open tasks, due jobs, open incidents, commands)',
    labelNames: ['measure'] as const,
    registers: [registry],
    async collect() {
      if (!source) return;
      try {
        for (const [measure, value] of Object.entries(await source.gauges())) this.set({ measure }, value);
        storeUp.set(1);
      } catch (error) {
        // A scrape while the store is down still answers: the gauges keep their last values.
        storeUp.set(0);
        onError?.(error);
      }
    },
  });
  void engineGauge;

  return {
    registry,
    middleware(req: Request, res: Response, next: NextFunction): void {
      const stop = latency.startTimer();
      res.on('finish', () => {
        // The route pattern, not the URL, so ids do not explode the label space.
        const route = req.route?.path ? `${req.baseUrl}${String(req.route.path)}` : 'unmatched';
        stop({ method: req.method, route });
        requests.inc({ method: req.method, route, status: String(res.statusCode) });
      });
      next();
    },
    async handler(_req: Request, res: Response): Promise<void> {
      res.type(registry.contentType).send(await registry.metrics());
    },
  };
}
