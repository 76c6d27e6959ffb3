import { readBpmn } from '../bpmn/read-bpmn';
import type { Problem } from '../problem';
import type { Indicator, Parameter } from '../schema/service-standard';
import { sampleStandard } from '../testing/sample-standard';
import { checkIndicatorFeasibility } from './indicator-feasibility';
import { validateStandard } from './validate-standard';

// Small processes written as a list of nodes and a chain notation for their flows: `A>B>C` draws A→B and B→C.
const task = (id: string, sla: string) => `<bpmn:userTask id="${id}" name="${id}" std:sla="${sla}" />`;
const taskOn = (id: string, parameter: string) => `<bpmn:userTask id="${id}" name="${id}" std:slaParameter="${parameter}" />`;
const timer = (id: string, iso: string, parameter?: string) =>
  `<bpmn:intermediateCatchEvent id="${id}" name="${id}"><bpmn:timerEventDefinition${parameter ? ` std:durationParameter="${parameter}"` : ''}><bpmn:timeDuration>${iso}</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>`;
const node = (type: string, id: string) => `<bpmn:${type} id="${id}" />`;

function flows(...chains: string[]): string {
  return chains
    .flatMap((chain) => {
      const ids = chain.split('>');
      return ids.slice(1).map((to, k) => `<bpmn:sequenceFlow id="F_${ids[k]}_${to}" sourceRef="${ids[k]}" targetRef="${to}" />`);
    })
    .join('\n');
}

async function check(nodes: string[], chains: string[], indicators: Array<Partial<Indicator>>, parameters: Parameter[] = []): Promise<Problem[]> {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:std="http://jingzhun.org/schema/bpmn/std/1.0" id="D" targetNamespace="http://jingzhun.org/test">
  <bpmn:process id="P" isExecutable="true">
    ${nodes.join('\n    ')}
    ${flows(...chains)}
  </bpmn:process>
</bpmn:definitions>`;
  const { definitions, problems } = await readBpmn(xml);
  expect(problems).toEqual([]);
  const list = indicators.map((i, k) => ({ id: `i${k}`, title: { zh: '指标', en: 'Indicator' }, target: 95, comparator: '>=', ...i }));
  return checkIndicatorFeasibility({ indicators: list, parameters }, definitions!);
}

const duration = (from: string, fromEdge: 'start' | 'end', to: string, unit: 'working_days' | 'days' | 'hours', limit: number | { parameter: string }): Partial<Indicator> => ({
  kind: 'duration',
  from: { element: from, edge: fromEdge },
  to: { element: to, edge: 'end' },
  unit,
  limit,
});

const parameter = (id: string, unit: Parameter['unit'], values: { default: number; min: number; max: number }, tighter: 'lower' | 'higher' = 'lower'): Parameter => ({
  id,
  title: { zh: id, en: id },
  kind: 'duration',
  unit,
  ...values,
  tighter,
});

const summary = (problems: Problem[]) => problems.map((p) => [p.severity, p.code, p.pointer]);

describe('indicator feasibility', () => {
  describe('a duration indicator', () => {
    const line = [node('startEvent', 'S'), task('A', '3'), task('B', '2'), node('endEvent', 'E')];

    it('is fine when the steps on the way, each in its time, keep the limit', async () => {
      expect(await check(line, ['S>A>B>E'], [duration('A', 'start', 'B', 'working_days', 5)])).toEqual([]);
    });

    it('is a warning naming the steps and the sums when they add up to more than the limit', async () => {
      const problems = await check(line, ['S>A>B>E'], [duration('A', 'start', 'B', 'working_days', 4)]);
      expect(summary(problems)).toEqual([['warning', 'INDICATOR_LIMIT_BELOW_PROCESS', '/indicators/0/limit']]);
      expect(problems[0]!.message).toEqual({
        zh: '指标 “i0” 的时限为 4 个工作日，但从 A (A) 开始到 B (B) 结束，流程允许的最长用时为 5 个工作日：A (A) 3 个工作日 + B (B) 2 个工作日',
        en: 'indicator "i0" has a limit of 4 working days, but from the start of A (A) to the end of B (B), the process allows up to 5 working days: A (A) 3 working days + B (B) 2 working days',
      });
    });

    it('counts from an end without the element itself', async () => {
      expect(await check(line, ['S>A>B>E'], [duration('A', 'end', 'B', 'working_days', 2)])).toEqual([]);
    });

    it('is an error when a timer alone waits longer than the limit, and then not also a warning', async () => {
      const nodes = [node('startEvent', 'S'), timer('T', 'P10D'), task('A', '2'), node('endEvent', 'E')];
      const problems = await check(nodes, ['S>T>A>E'], [duration('S', 'end', 'A', 'days', 7)]);
      expect(summary(problems)).toEqual([['error', 'INDICATOR_LIMIT_BELOW_MINIMUM', '/indicators/0/limit']]);
      expect(problems[0]!.message.zh).toBe('指标 “i0” 的时限为 7 天，但从 S 结束到 A (A) 结束，仅定时器就至少需要 10 天：T (T) 10 天，任何个案都无法达标');
      expect(problems[0]!.message.en).toContain('the timers alone take at least 10 days: T (T) 10 days; no case can meet it');
    });

    it('is a warning naming the way that always misses when another way has no timer', async () => {
      const nodes = [node('startEvent', 'S'), node('exclusiveGateway', 'G'), timer('T', 'P10D'), node('exclusiveGateway', 'J'), task('A', '2'), node('endEvent', 'E')];
      const chains = ['S>G>T>J>A>E', 'G>J'];
      const problems = await check(nodes, chains, [duration('S', 'end', 'A', 'days', 7), duration('S', 'end', 'A', 'days', 12)]);
      expect(summary(problems)).toEqual([
        ['warning', 'INDICATOR_LIMIT_BELOW_PROCESS', '/indicators/0/limit'],
        ['warning', 'INDICATOR_LIMIT_BELOW_PROCESS', '/indicators/1/limit'],
      ]);
      expect(problems[0]!.message.zh).toBe('指标 “i0” 的时限为 7 天，但从 S 结束到 A (A) 结束，有一条路径仅定时器就至少需要 10 天：T (T) 10 天，走这条路径的个案都会超时');
      expect(problems[1]!.message.zh).toBe('指标 “i1” 的时限为 12 天，但从 S 结束到 A (A) 结束，流程允许的最长用时为 14 天：T (T) 10 天 + A (A) 2 个工作日（至多 4 天）（工作日与日历日按每周五个工作日换算，不计长假）');
    });

    it('takes the longest branch of a parallel split to its join', async () => {
      const nodes = [node('startEvent', 'S'), node('parallelGateway', 'Split'), task('A', '5'), task('B', '10'), node('parallelGateway', 'Join'), task('C', '1'), node('endEvent', 'E')];
      const chains = ['S>Split>A>Join>C>E', 'Split>B>Join'];
      expect(await check(nodes, chains, [duration('S', 'end', 'C', 'working_days', 11)])).toEqual([]);
      const problems = await check(nodes, chains, [duration('S', 'end', 'C', 'working_days', 10)]);
      expect(problems.map((p) => p.message.en)).toEqual([expect.stringContaining('up to 11 working days: B (B) 10 working days + C (C) 1 working day')]);
    });

    it('walks each loop once: a flow back to an earlier step adds nothing', async () => {
      const nodes = [node('startEvent', 'S'), node('exclusiveGateway', 'Again'), task('Plan', '3'), task('Review', '2'), node('exclusiveGateway', 'Ok'), task('Do', '4'), node('endEvent', 'E')];
      const problems = await check(nodes, ['S>Again>Plan>Review>Ok>Do>E', 'Ok>Again'], [duration('S', 'end', 'Do', 'working_days', 9), duration('Plan', 'end', 'Plan', 'working_days', 4)]);
      // S→Do is 3 + 2 + 4; from one end of Plan to the next goes once around the loop: Review, then Plan again.
      expect(problems.map((p) => [p.pointer, p.message.en])).toEqual([['/indicators/1/limit', expect.stringContaining('up to 5 working days: Review (Review) 2 working days + Plan (Plan) 3 working days')]]);
    });

    it('never passes its from point again: that begins another pass', async () => {
      const nodes = [node('startEvent', 'S'), node('exclusiveGateway', 'Again'), task('Assess', '1'), task('Fix', '20'), node('exclusiveGateway', 'Safe'), task('Protect', '1'), node('endEvent', 'E')];
      // Back to the assessment after 20 working days of fixing: the protection after it is another pass.
      const chains = ['S>Again>Assess>Safe>Protect>E', 'Safe>Fix>Again'];
      expect(await check(nodes, chains, [duration('Assess', 'end', 'Protect', 'working_days', 1)])).toEqual([]);
    });

    it('counts a parameter at the city default, or at its max when a district may lengthen it', async () => {
      const nodes = [node('startEvent', 'S'), taskOn('A', 'aDays'), node('endEvent', 'E')];
      const lower = await check(nodes, ['S>A>E'], [duration('S', 'end', 'A', 'working_days', { parameter: 'limitDays' })], [
        parameter('aDays', 'working_days', { default: 5, min: 2, max: 5 }),
        parameter('limitDays', 'working_days', { default: 4, min: 2, max: 4 }),
      ]);
      expect(lower.map((p) => p.message.zh)).toEqual(['指标 “i0” 的时限为 4 个工作日（参数 limitDays），但从 S 结束到 A (A) 结束，流程允许的最长用时为 5 个工作日：A (A) 5 个工作日（参数 aDays）']);
      const higher = await check(nodes, ['S>A>E'], [duration('S', 'end', 'A', 'working_days', 6)], [parameter('aDays', 'working_days', { default: 5, min: 5, max: 8 }, 'higher')]);
      expect(higher.map((p) => p.message.en)).toEqual([expect.stringContaining('up to 8 working days: A (A) 8 working days (parameter aDays at its max)')]);
      expect(await check(nodes, ['S>A>E'], [duration('S', 'end', 'A', 'working_days', { parameter: 'aDays' })], [parameter('aDays', 'working_days', { default: 5, min: 2, max: 5 })])).toEqual([]);
    });

    it('is an error only when the timers wait too long at the shortest a district may set them', async () => {
      const nodes = [node('startEvent', 'S'), timer('T', 'P30D', 'waitDays'), task('A', '1'), node('endEvent', 'E')];
      const wait = (min: number) => [parameter('waitDays', 'days', { default: 30, min, max: 30 })];
      const shortened = await check(nodes, ['S>T>A>E'], [duration('S', 'end', 'A', 'days', 20)], wait(14));
      expect(summary(shortened)).toEqual([['warning', 'INDICATOR_LIMIT_BELOW_PROCESS', '/indicators/0/limit']]);
      const never = await check(nodes, ['S>T>A>E'], [duration('S', 'end', 'A', 'days', 20)], wait(21));
      expect(never.map((p) => p.message.zh)).toEqual([
        '指标 “i0” 的时限为 20 天，但从 S 结束到 A (A) 结束，仅定时器就至少需要 21 天：T (T) 21 天（参数 waitDays 的最小值），任何个案都无法达标（定时器按各区可设的最短值计）',
      ]);
    });

    it('converts working days and calendar days by the rule, and says so', async () => {
      const nodes = [node('startEvent', 'S'), timer('T', 'P30D'), task('A', '1'), node('endEvent', 'E')];
      // 30 days hold at most 22 working days, at least 14.
      const warned = await check(nodes, ['S>T>A>E'], [duration('S', 'end', 'A', 'working_days', 20)]);
      expect(warned.map((p) => p.message.zh)).toEqual([
        '指标 “i0” 的时限为 20 个工作日，但从 S 结束到 A (A) 结束，流程允许的最长用时为 23 个工作日：T (T) 30 天（至多 22 个工作日） + A (A) 1 个工作日（工作日与日历日按每周五个工作日换算，不计长假）',
      ]);
      const impossible = await check(nodes, ['S>T>A>E'], [duration('S', 'end', 'A', 'working_days', 13)]);
      expect(impossible.map((p) => p.message.en)).toEqual([
        'indicator "i0" has a limit of 13 working days, but from the end of S to the end of A (A), the timers alone take at least 14 working days: T (T) 30 days (at least 14 working days); no case can meet it (working and calendar days converted at the least any calendar gives)',
      ]);
      expect(await check(nodes, ['S>T>A>E'], [duration('S', 'end', 'A', 'working_days', 23)])).toEqual([]);
    });

    it('reads hours and ISO durations', async () => {
      const nodes = [node('startEvent', 'S'), task('A', 'PT12H'), timer('T', 'PT6H'), task('B', 'P1D'), node('endEvent', 'E')];
      const problems = await check(nodes, ['S>A>T>B>E'], [duration('S', 'end', 'B', 'hours', 24)]);
      expect(problems.map((p) => p.message.zh)).toEqual([expect.stringContaining('最长用时为 42 小时：A (A) 12 小时 + T (T) 6 小时 + B (B) 1 天（即 24 小时）')]);
      expect(await check(nodes, ['S>A>T>B>E'], [duration('S', 'end', 'B', 'hours', 42)])).toEqual([]);
    });

    it('bounds a task by its interrupting boundary timer, and walks on from the timer', async () => {
      const nodes = [
        node('startEvent', 'S'),
        task('A', '20'),
        `<bpmn:boundaryEvent id="Late" attachedToRef="A"><bpmn:timerEventDefinition><bpmn:timeDuration>P5D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>`,
        task('Escalate', '1'),
        task('B', '1'),
        node('endEvent', 'E'),
        node('endEvent', 'E2'),
      ];
      const chains = ['S>A>B>E', 'Late>Escalate>E2'];
      // A ends within 5 days, or the timer takes it away: B's end comes within 5 + 3 days.
      expect(await check(nodes, chains, [duration('S', 'end', 'B', 'days', 8)])).toEqual([]);
      expect((await check(nodes, chains, [duration('S', 'end', 'Escalate', 'days', 7)])).map((p) => p.message.zh)).toEqual([
        expect.stringContaining('最长用时为 8 天：Late 5 天 + Escalate (Escalate) 1 个工作日（至多 3 天）'),
      ]);
      const lasting = nodes.map((n) => n.replace('attachedToRef="A"', 'attachedToRef="A" cancelActivity="false"'));
      expect(summary(await check(lasting, chains, [duration('S', 'end', 'B', 'days', 8)]))).toEqual([['warning', 'INDICATOR_LIMIT_BELOW_PROCESS', '/indicators/0/limit']]);
    });

    it('walks into a sub-process and out of it', async () => {
      const nodes = [
        node('startEvent', 'S'),
        `<bpmn:subProcess id="Sub">${node('startEvent', 'In')}${task('Inner', '3')}${node('endEvent', 'Out')}${flows('In>Inner>Out')}</bpmn:subProcess>`,
        task('After', '2'),
        node('endEvent', 'E'),
      ];
      const problems = await check(nodes, ['S>Sub>After>E'], [duration('S', 'end', 'After', 'working_days', 4), duration('Inner', 'end', 'After', 'working_days', 2)]);
      expect(problems.map((p) => [p.pointer, p.message.en])).toEqual([['/indicators/0/limit', expect.stringContaining('up to 5 working days: Inner (Inner) 3 working days + After (After) 2 working days')]]);
    });

    it('counts a wait with no known end as nothing, and names it when the path is reported', async () => {
      const nodes = [node('startEvent', 'S'), node('receiveTask', 'Reply'), task('A', '2'), task('B', '4'), node('endEvent', 'E')];
      expect(await check(nodes, ['S>Reply>A>E'], [duration('S', 'end', 'A', 'working_days', 5)])).toEqual([]);
      const problems = await check(nodes, ['S>Reply>A>B>E'], [duration('S', 'end', 'B', 'working_days', 5)]);
      expect(problems.map((p) => p.message.zh)).toEqual([expect.stringContaining('A (A) 2 个工作日 + B (B) 4 个工作日；另有没有时限的步骤：Reply')]);
    });

    it('bounds a message on an event-based gateway by the timer racing it', async () => {
      const nodes = [
        node('startEvent', 'S'),
        node('eventBasedGateway', 'Wait'),
        `<bpmn:intermediateCatchEvent id="Answer"><bpmn:messageEventDefinition /></bpmn:intermediateCatchEvent>`,
        timer('NoAnswer', 'P3D'),
        node('exclusiveGateway', 'J'),
        task('A', 'P1D'),
        node('endEvent', 'E'),
      ];
      const problems = await check(nodes, ['S>Wait>Answer>J>A>E', 'Wait>NoAnswer>J'], [duration('S', 'end', 'A', 'days', 3)]);
      expect(problems.map((p) => p.message.zh)).toEqual([expect.stringMatching(/最长用时为 4 天：(Answer|NoAnswer \(NoAnswer\)) 3 天 \+ A \(A\) 1 天$/)]);
    });
  });

  describe('a recurrence indicator', () => {
    // Plan, then every 28 days a contact (5 working days to do it), until closing.
    const nodes = [
      node('startEvent', 'S'),
      task('Plan', '2'),
      node('exclusiveGateway', 'Loop'),
      timer('Monthly', 'P28D'),
      task('Contact', '5'),
      node('exclusiveGateway', 'Again'),
      task('Close', '3'),
      node('endEvent', 'E'),
    ];
    const chains = ['S>Plan>Loop>Monthly>Contact>Again>Close>E', 'Again>Loop'];
    const recurrence = (everyDays: number, from = 'S', nodesIn = nodes) =>
      check(nodesIn, chains, [{ kind: 'recurrence', activity: 'Contact', everyDays, span: { from, to: 'Close' } }]);

    it('is a warning when the first occurrence may come later than everyDays after the span begins', async () => {
      const problems = await recurrence(36);
      expect(summary(problems)).toEqual([['warning', 'INDICATOR_LIMIT_BELOW_PROCESS', '/indicators/0/everyDays']]);
      expect(problems[0]!.message.zh).toBe(
        '指标 “i0” 的时限为 36 天，但从 S 结束到首次完成 Contact (Contact)，流程允许的最长用时为 39 天：Plan (Plan) 2 个工作日（至多 4 天） + Monthly (Monthly) 28 天 + Contact (Contact) 5 个工作日（至多 7 天）（工作日与日历日按每周五个工作日换算，不计长假）',
      );
      expect(await recurrence(36, 'Plan')).toEqual([]);
    });

    it('is a warning when one occurrence may come later than everyDays after the one before', async () => {
      const problems = await recurrence(34, 'Plan');
      expect(problems.map((p) => p.message.en)).toEqual([
        expect.stringContaining('from the end of Plan (Plan) to the first completion of Contact (Contact), the process allows up to 35 days'),
        expect.stringContaining('between two completions of Contact (Contact), the process allows up to 35 days: Monthly (Monthly) 28 days + Contact (Contact) 5 working days (at most 7 days)'),
      ]);
    });

    it('is an error when the timer before the first occurrence alone is longer than everyDays, and names the way back that always misses it', async () => {
      const slow = nodes.map((n) => n.replace('P28D', 'P40D'));
      const problems = await recurrence(35, 'Plan', slow);
      expect(summary(problems)).toEqual([
        ['error', 'INDICATOR_LIMIT_BELOW_MINIMUM', '/indicators/0/everyDays'],
        ['warning', 'INDICATOR_LIMIT_BELOW_PROCESS', '/indicators/0/everyDays'],
      ]);
      expect(problems[0]!.message.zh).toBe('指标 “i0” 的时限为 35 天，但从 Plan (Plan) 结束到首次完成 Contact (Contact)，仅定时器就至少需要 40 天：Monthly (Monthly) 40 天，任何个案都无法达标');
      // Closing right after a contact keeps the limit: not an error, but every contact after the first comes late.
      expect(problems[1]!.message.zh).toBe('指标 “i0” 的时限为 35 天，但两次完成 Contact (Contact) 之间，有一条路径仅定时器就至少需要 40 天：Monthly (Monthly) 40 天，走这条路径的个案都会超时');
    });

    it('ends a span at its end: closing after the last contact is within everyDays', async () => {
      // From a contact to the closing: 3 working days; the loop: 35 days.
      expect(await recurrence(35, 'Plan')).toEqual([]);
    });

    it('accepts a rhythm of service records whatever the steps take: a record can be made on any day', async () => {
      // The same process, whose monthly contact step would be too slow for 7 days: records are not steps.
      const records = await check(nodes, chains, [{ kind: 'recurrence', records: { kinds: ['home_visit', 'phone'] }, everyDays: 7, span: { from: 'Plan', to: 'Close' } }]);
      expect(records).toEqual([]);
      expect(summary(await recurrence(7, 'Plan'))).not.toEqual([]);
    });
  });

  describe('a completion indicator', () => {
    const nodes = [node('startEvent', 'S'), task('A', '10'), timer('Follow', 'P90D'), task('B', '5'), node('endEvent', 'Done')];
    const completion = (withinDays?: number) => check(nodes, ['S>A>Follow>B>Done'], [{ kind: 'completion', element: 'Done', ...(withinDays === undefined ? {} : { withinDays }) }]);

    it('walks from the case start to the element', async () => {
      expect(await completion(111)).toEqual([]);
      expect((await completion(110)).map((p) => [p.severity, p.pointer, p.message.zh])).toEqual([
        ['warning', '/indicators/0/withinDays', expect.stringContaining('从立案到完成 Done，流程允许的最长用时为 111 天：A (A) 10 个工作日（至多 14 天） + Follow (Follow) 90 天 + B (B) 5 个工作日（至多 7 天）')],
      ]);
      expect(summary(await completion(80))).toEqual([['error', 'INDICATOR_LIMIT_BELOW_MINIMUM', '/indicators/0/withinDays']]);
    });

    it('says nothing without withinDays', async () => {
      expect(await completion()).toEqual([]);
    });
  });

  it('leaves alone indicators whose points or limit are not there (other rules report them)', async () => {
    const nodes = [node('startEvent', 'S'), task('A', '9'), node('endEvent', 'E')];
    const problems = await check(nodes, ['S>A>E'], [duration('S', 'end', 'Nope', 'days', 1), duration('S', 'end', 'A', 'days', { parameter: 'nope' }), duration('A', 'end', 'S', 'days', 1)]);
    expect(problems).toEqual([]);
  });

  it('stays linear on a process with more ways through it than could be counted', async () => {
    // 300 choices in a row, each with a way back: 2^300 paths, one walk.
    const nodes = [node('startEvent', 'S'), node('endEvent', 'E')];
    const chains: string[] = [];
    let previous = 'S';
    for (let i = 0; i < 300; i += 1) {
      nodes.push(node('exclusiveGateway', `G${i}`), task(`A${i}`, '1'), task(`B${i}`, '2'), node('exclusiveGateway', `J${i}`));
      chains.push(`${previous}>G${i}>A${i}>J${i}`, `G${i}>B${i}>J${i}`, `J${i}>G${i}`);
      previous = `J${i}`;
    }
    chains.push(`${previous}>E`);
    const problems = await check(nodes, chains, [duration('S', 'end', 'E', 'working_days', 500)]);
    expect(problems.map((p) => p.message.en)).toEqual([expect.stringContaining('the process allows up to 600 working days')]);
    expect(problems[0]!.message.en).toContain('+ 288 more steps, 576 working days in all');
  });

  it('runs in validateStandard, where the sample standard keeps its limits', async () => {
    expect(await validateStandard(sampleStandard())).toEqual([]);
    const standard = sampleStandard();
    Object.assign(standard.indicators[0]!, { from: { element: 'Task_intake', edge: 'start' } });
    expect(summary(await validateStandard(standard))).toEqual([['warning', 'INDICATOR_LIMIT_BELOW_PROCESS', '/indicators/0/limit']]);
  });
});
