/**
 * What BJ-SW-EVAL promises an organisation and its evaluator: a self-evaluation every month whatever
 * the reviews take, the monthly review by the organisation's own professional supervisor, and a lint
 * that catches the review standing in the monthly rhythm, as it once did.
 */
import { storeTargets, type TestStore } from '@jingzhun/engine/testing';
import type { ServiceStandard } from '@jingzhun/standards';
import { loadExampleCaseData, loadExampleStandards } from '../load';
import { limitLint } from '../testing/limit-lint';
import { timedCases } from '../testing/timed-cases';
import { writeProcessXml } from './bpmn-writer';
import { projectEvaluation } from './project-evaluation';

jest.setTimeout(120_000);

const CODE = 'BJ-SW-EVAL';
const shipped = loadExampleStandards().find((s) => s.code === CODE) as ServiceStandard;
const data = loadExampleCaseData().get(CODE)!;
const answers = data.walkthroughs['main']!.answers;

describe('the indicators of BJ-SW-EVAL', () => {
  const { limitWarnings, pointerOf } = limitLint(shipped);

  it('keep a monthly self-evaluation the rhythm can keep, and the lint catches the review that stood in the rhythm', async () => {
    const at = pointerOf('selfEvaluatedMonthly', 'everyDays');
    expect(await limitWarnings()).not.toContain(at);
    // As it was: the month's review between a self-evaluation and the next month's timer.
    const { nodes, flows } = projectEvaluation.process;
    const inRhythm = {
      nodes: nodes.filter((n) => n.id !== 'Gw_ReviewSplit' && n.id !== 'End_Reviewed'),
      flows: [
        ...flows.filter((f) => f.from !== 'Gw_ReviewSplit' && f.from !== 'Task_SupervisorReview' && f.to !== 'Gw_ReviewSplit'),
        { from: 'Task_SelfEvaluation', to: 'Task_SupervisorReview' },
        { from: 'Task_SupervisorReview', to: 'Gw_Stage' },
      ],
    };
    const process = writeProcessXml({ code: CODE, title: shipped.title, parameters: shipped.parameters, process: inRhythm });
    expect(await limitWarnings((s) => void (s.process = process))).toContain(at);
  });
});

describe.each(storeTargets())('a BJ-SW-EVAL project on $kind', (target) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await target.open();
  });
  afterEach(() => store.dispose());

  it('asks for the next month’s self-evaluation on time while last month’s review is still waiting', async () => {
    const cases = await timedCases(store, [CODE]);
    const id = await cases.start(CODE, data.samples['dongcheng-family-project']!, '2026-01-05T09:00:00+08:00');
    await cases.answer(id, 'Task_Targets', answers['performance-targets']![0]!, '2026-01-06T10:00:00+08:00');
    // 28 days on, the first self-evaluation is asked for and handed in the next morning.
    await cases.answer(id, 'Task_SelfEvaluation', answers['self-evaluation']![0]!, '2026-02-04T10:00:00+08:00');
    // Nobody reviews it; 28 days after it was handed in, the second month's is asked for all the same.
    await cases.answer(id, 'Task_SelfEvaluation', answers['self-evaluation']![1] ?? answers['self-evaluation']![0]!, '2026-03-05T10:00:00+08:00');
    // The self-evaluations kept their month; the first month's review still waits.
    expect(await cases.openTasks(id)).toEqual(['Task_SupervisorReview']);
    expect(await cases.outcomes(id, 'selfEvaluatedMonthly')).toEqual(['met', 'met', 'pending']);
    // The second month's review is not lost: the reviewer gets it once the first is done.
    await cases.answer(id, 'Task_SupervisorReview', answers['supervisor-review']![0]!, '2026-03-06T10:00:00+08:00');
    expect(await cases.openTasks(id)).toEqual(['Task_SupervisorReview']);
  });
});
