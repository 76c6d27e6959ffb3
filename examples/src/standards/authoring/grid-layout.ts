/**
 * Lays a process out on a grid: shapes centred in their cells, boundary events on their host's lower
 * edge, expanded subprocesses around their children, and orthogonal edges that leave a gateway from
 * the side facing their target and run between rows and columns, never through a shape.
 *
 * @example
 *   const { shapes, edges } = layOut(process);
 *   shapes.get('Task_Intake')  // { x, y, width, height, label? }
 */
import { flowId, isBoundary, type FlowSpec, type GridPoint, type NodeSpec, type ProcessSpec } from './process-model';

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface ShapeLayout extends Bounds {
  label?: Bounds;
}
export interface EdgeLayout {
  waypoints: Array<{ x: number; y: number }>;
  label?: Bounds;
}
export interface DiagramLayout {
  shapes: Map<string, ShapeLayout>;
  edges: Map<string, EdgeLayout>;
}

const COLUMN_WIDTH = 170;
const ROW_HEIGHT = 140;
const ORIGIN_X = 160;
const ORIGIN_Y = 120;
const SUBPROCESS_PADDING = { left: 40, right: 40, top: 45, bottom: 45 };
const LABEL_MAX_WIDTH = 90;
const LABEL_LINE_HEIGHT = 14;

type Point = { x: number; y: number };

function cellCentre([col, row]: GridPoint): Point {
  return { x: ORIGIN_X + col * COLUMN_WIDTH, y: ORIGIN_Y + row * ROW_HEIGHT };
}

function sizeOf(node: NodeSpec): { width: number; height: number } {
  switch (node.type) {
    case 'startEvent':
    case 'endEvent':
    case 'timerCatch':
    case 'boundaryTimer':
    case 'boundaryMessage':
      return { width: 36, height: 36 };
    case 'exclusiveGateway':
    case 'parallelGateway':
      return { width: 50, height: 50 };
    default:
      return { width: 100, height: 80 };
  }
}

const isGateway = (node: NodeSpec) => node.type === 'exclusiveGateway' || node.type === 'parallelGateway';
const hasExternalLabel = (node: NodeSpec) =>
  !['userTask', 'serviceTask', 'callActivity', 'subProcess'].includes(node.type);

/** A rough width of text as bpmn-js draws external labels (11 px): CJK characters are square. */
function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 11.5 : 6.5;
  return width;
}

function labelSize(text: string): { width: number; height: number } {
  const width = textWidth(text);
  const lines = Math.max(1, Math.ceil(width / LABEL_MAX_WIDTH));
  return { width: Math.ceil(Math.min(width, LABEL_MAX_WIDTH)), height: lines * LABEL_LINE_HEIGHT };
}

const centre = (b: Bounds): Point => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });
const near = (a: number, b: number) => Math.abs(a - b) < 0.5;

export function layOut(process: ProcessSpec): DiagramLayout {
  const byId = new Map(process.nodes.map((n) => [n.id, n]));
  const shapes = new Map<string, ShapeLayout>();

  for (const node of process.nodes) {
    if (node.type === 'subProcess' || isBoundary(node)) continue;
    const c = cellCentre(node.at);
    const size = sizeOf(node);
    shapes.set(node.id, { x: c.x - size.width / 2, y: c.y - size.height / 2, ...size });
  }
  for (const node of process.nodes) {
    if (node.type !== 'subProcess') continue;
    const children = process.nodes.filter((n) => n.parent === node.id).map((n) => shapes.get(n.id));
    const inner = children.filter((b): b is ShapeLayout => b !== undefined);
    if (inner.length === 0) throw new Error(`subprocess ${node.id} has no children`);
    const left = Math.min(...inner.map((b) => b.x)) - SUBPROCESS_PADDING.left;
    const top = Math.min(...inner.map((b) => b.y)) - SUBPROCESS_PADDING.top;
    const right = Math.max(...inner.map((b) => b.x + b.width)) + SUBPROCESS_PADDING.right;
    const bottom = Math.max(...inner.map((b) => b.y + b.height)) + SUBPROCESS_PADDING.bottom;
    shapes.set(node.id, { x: left, y: top, width: right - left, height: bottom - top });
  }
  for (const node of process.nodes) {
    if (!isBoundary(node)) continue;
    const host = shapes.get(node.attachedTo);
    if (!host) throw new Error(`boundary event ${node.id} is attached to unknown ${node.attachedTo}`);
    const x = host.x + host.width * (node.offset ?? 0.75);
    shapes.set(node.id, { x: x - 18, y: host.y + host.height - 18, width: 36, height: 36 });
  }

  const edges = new Map<string, EdgeLayout>();
  for (const flow of process.flows) {
    const source = byId.get(flow.from);
    const target = byId.get(flow.to);
    const s = shapes.get(flow.from);
    const t = shapes.get(flow.to);
    if (!source || !target || !s || !t) throw new Error(`flow ${flow.from} → ${flow.to} names an unknown element`);
    const fork = process.flows.filter((f) => f.from === flow.from).length > 1;
    const join = process.flows.filter((f) => f.to === flow.to).length > 1;
    const waypoints = route(flow, source, s, target, t, { fork, join });
    const edge: EdgeLayout = { waypoints };
    if (flow.name) edge.label = flowLabel(flow.name.zh, waypoints);
    edges.set(flowId(flow), edge);
  }

  for (const node of process.nodes) {
    const shape = shapes.get(node.id);
    if (!shape || !hasExternalLabel(node)) continue;
    shape.label = nodeLabel(node, shape, [...edges.values()]);
  }
  return { shapes, edges };
}

function route(flow: FlowSpec, source: NodeSpec, s: Bounds, target: NodeSpec, t: Bounds, branching: { fork: boolean; join: boolean }): Point[] {
  const sc = centre(s);
  const tc = centre(t);
  if (flow.via && flow.via.length > 0) return routeVia(flow.via.map(cellCentre), s, t);

  if (isBoundary(source)) {
    if (near(sc.x, tc.x)) return [{ x: sc.x, y: s.y + s.height }, { x: tc.x, y: t.y }];
    return [{ x: sc.x, y: s.y + s.height }, { x: sc.x, y: tc.y }, { x: t.x, y: tc.y }];
  }

  if (t.x >= s.x + s.width) {
    const commonY = near(sc.y, tc.y)
      ? sc.y
      : sc.y > t.y && sc.y < t.y + t.height
        ? sc.y
        : tc.y > s.y && tc.y < s.y + s.height
          ? tc.y
          : undefined;
    if (commonY !== undefined) return [{ x: s.x + s.width, y: commonY }, { x: t.x, y: commonY }];
    const down = tc.y > sc.y;
    // A fork fans out from its top or bottom; a join gathers into its top or bottom.
    const verticalFirst = isGateway(source) && (branching.fork || !(isGateway(target) && branching.join));
    if (verticalFirst) {
      return [{ x: sc.x, y: down ? s.y + s.height : s.y }, { x: sc.x, y: tc.y }, { x: t.x, y: tc.y }];
    }
    if (isGateway(target)) {
      return [{ x: s.x + s.width, y: sc.y }, { x: tc.x, y: sc.y }, { x: tc.x, y: down ? t.y : t.y + t.height }];
    }
    const gapX = columnGapAfter(s);
    return [{ x: s.x + s.width, y: sc.y }, { x: gapX, y: sc.y }, { x: gapX, y: tc.y }, { x: t.x, y: tc.y }];
  }

  if (near(sc.x, tc.x)) {
    return tc.y > sc.y ? [{ x: sc.x, y: s.y + s.height }, { x: tc.x, y: t.y }] : [{ x: sc.x, y: s.y }, { x: tc.x, y: t.y + t.height }];
  }
  // A loop back: below both shapes, in the gap under the lower of the two rows.
  const channel = Math.max(s.y + s.height, t.y + t.height) + (ROW_HEIGHT - 80) / 2;
  return [
    { x: sc.x, y: s.y + s.height },
    { x: sc.x, y: channel },
    { x: tc.x, y: channel },
    { x: tc.x, y: t.y + t.height },
  ];
}

/** The x of the gap between the source's column and the next one. */
function columnGapAfter(s: Bounds): number {
  const col = Math.round((centre(s).x - ORIGIN_X) / COLUMN_WIDTH);
  return ORIGIN_X + col * COLUMN_WIDTH + COLUMN_WIDTH / 2;
}

/** Leaves the source towards the first point, turns at right angles, enters the target from the last. */
function routeVia(via: Point[], s: Bounds, t: Bounds): Point[] {
  const sc = centre(s);
  const tc = centre(t);
  const first = via[0] as Point;
  const last = via[via.length - 1] as Point;
  const leavesVertically = near(first.x, sc.x);
  const start = leavesVertically
    ? { x: sc.x, y: first.y > sc.y ? s.y + s.height : s.y }
    : { x: first.x > sc.x ? s.x + s.width : s.x, y: sc.y };
  const entersVertically = near(last.x, tc.x);
  const end = entersVertically
    ? { x: tc.x, y: last.y > tc.y ? t.y + t.height : t.y }
    : { x: last.x > tc.x ? t.x + t.width : t.x, y: tc.y };

  const points: Point[] = [start];
  let horizontal = !leavesVertically;
  const go = (p: Point, finalHorizontal?: boolean) => {
    const prev = points[points.length - 1] as Point;
    if (!near(prev.x, p.x) && !near(prev.y, p.y)) {
      // Keep going the way we were heading, or arrive the way the target is entered.
      const firstHorizontal = finalHorizontal === undefined ? horizontal : !finalHorizontal;
      points.push(firstHorizontal ? { x: p.x, y: prev.y } : { x: prev.x, y: p.y });
    }
    const before = points[points.length - 1] as Point;
    horizontal = near(before.y, p.y) && !near(before.x, p.x) ? true : near(before.x, p.x) ? false : horizontal;
    points.push(p);
  };
  for (const p of via) go(p);
  go(end, !entersVertically);
  return simplify(points);
}

/** Drops repeated points and points in the middle of a straight run. */
function simplify(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const prev = out[out.length - 1];
    if (prev && near(prev.x, p.x) && near(prev.y, p.y)) continue;
    const before = out[out.length - 2];
    if (prev && before && ((near(before.x, prev.x) && near(prev.x, p.x)) || (near(before.y, prev.y) && near(prev.y, p.y)))) {
      out[out.length - 1] = p;
      continue;
    }
    out.push(p);
  }
  return out;
}

/** Beside the first segment, next to the source, where the branch's meaning is read. */
function flowLabel(text: string, waypoints: Point[]): Bounds {
  const size = labelSize(text);
  const [a, b] = waypoints as [Point, Point];
  if (near(a.y, b.y)) {
    const x = b.x > a.x ? a.x + 6 : a.x - 6 - size.width;
    return { x, y: a.y - size.height - 4, ...size };
  }
  const c = waypoints[2];
  // A branch fanning out of a gateway's top or bottom is named where it turns towards its target.
  if (c && near(b.y, c.y)) return { x: c.x > b.x ? b.x + 6 : b.x - 6 - size.width, y: b.y - size.height - 2, ...size };
  const y = b.y > a.y ? a.y + 6 : a.y - 6 - size.height;
  return { x: a.x + 6, y, ...size };
}

/** Below the shape, unless an edge leaves or enters there; then above, or above left when both are taken. */
function nodeLabel(node: NodeSpec, shape: Bounds, edges: EdgeLayout[]): Bounds {
  const size = labelSize(node.name.zh);
  const c = centre(shape);
  const touches = (y: number) =>
    edges.some((e) => e.waypoints.some((p) => near(p.x, c.x) && near(p.y, y)));
  const bottomTaken = touches(shape.y + shape.height);
  const topTaken = touches(shape.y);
  if (!bottomTaken) return { x: c.x - size.width / 2, y: shape.y + shape.height + 5, ...size };
  if (!topTaken) return { x: c.x - size.width / 2, y: shape.y - 5 - size.height, ...size };
  return { x: shape.x - size.width - 2, y: shape.y - size.height, ...size };
}
