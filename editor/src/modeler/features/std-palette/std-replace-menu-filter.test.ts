import { REFUSED_ENTRY_IDS, StdReplaceMenuFilter } from './std-replace-menu-filter';

function filter(): StdReplaceMenuFilter {
  let provider: StdReplaceMenuFilter | undefined;
  new StdReplaceMenuFilter({ registerProvider: (_id, _p, p) => (provider = p as StdReplaceMenuFilter) });
  return provider!;
}

describe('the change-element menu of a standard’s process', () => {
  it('offers no script task, manual task, complex or inclusive gateway', () => {
    const left = filter().getPopupMenuEntries()({
      'replace-with-user-task': {},
      'replace-with-script-task': {},
      'replace-with-manual-task': {},
      'replace-with-complex-gateway': {},
      'replace-with-inclusive-gateway': {},
    });
    expect(Object.keys(left)).toEqual(['replace-with-user-task']);
  });

  it('offers no event the engine does not run, such as a conditional or link event', () => {
    expect(['replace-with-conditional-intermediate-catch', 'replace-with-link-intermediate-throw', 'replace-with-compensation-end'].filter((id) => !REFUSED_ENTRY_IDS.has(id))).toEqual([]);
  });

  it('keeps the elements the engine runs, timer and message events among them', () => {
    expect(['replace-with-service-task', 'replace-with-receive-task', 'replace-with-timer-boundary', 'replace-with-message-start', 'replace-with-call-activity'].filter((id) => REFUSED_ENTRY_IDS.has(id))).toEqual([]);
  });

  it('offers no loop or multi-instance toggle, and keeps the others', () => {
    const left = filter().getPopupMenuHeaderEntries()({
      'toggle-loop': { options: { loopCharacteristics: 'bpmn:StandardLoopCharacteristics' } },
      'toggle-parallel-mi': { options: { loopCharacteristics: 'bpmn:MultiInstanceLoopCharacteristics', isSequential: false } },
      'toggle-non-interrupting': {},
    });
    expect(Object.keys(left)).toEqual(['toggle-non-interrupting']);
  });
});
