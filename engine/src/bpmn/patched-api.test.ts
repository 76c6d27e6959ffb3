/**
 * bpmn-elements is patched at install (patches/README.md, patch 6): the API of a running definition,
 * process or activity execution answers `getExecuting()` with a function shared by all APIs instead of
 * a closure made for each API. Node 20's V8, while the code that made such a closure ran unoptimised,
 * kept every run's definition graph alive through young-generation collections, so each command's
 * garbage was copied twice and promoted (scavenges of 15–50 ms instead of 3). These tests hold the
 * patched APIs to upstream's answers, and to the shared function the fix rests on.
 */
import { EventEmitter } from 'node:events';
import { Engine } from 'bpmn-engine';
import { bpmn } from '../testing';

interface ElementApi {
  id: string;
  executionId: string;
  getExecuting(): ElementApi[];
}

// Two branches wait at once: a user task, and a catch event whose message definition runs as a
// sub-execution of the event.
const TWO_WAITS = `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="fork" />
    <bpmn:parallelGateway id="fork" />
    <bpmn:sequenceFlow id="f2" sourceRef="fork" targetRef="visit" />
    <bpmn:sequenceFlow id="f3" sourceRef="fork" targetRef="reply" />
    <bpmn:userTask id="visit" />
    <bpmn:intermediateCatchEvent id="reply"><bpmn:messageEventDefinition /></bpmn:intermediateCatchEvent>
    <bpmn:sequenceFlow id="f4" sourceRef="visit" targetRef="endVisit" />
    <bpmn:sequenceFlow id="f5" sourceRef="reply" targetRef="endReply" />
    <bpmn:endEvent id="endVisit" /><bpmn:endEvent id="endReply" />`;

async function waitingAtTwo() {
  const engine = new Engine({ source: bpmn(TWO_WAITS) } as never);
  const listener = new EventEmitter();
  const waits = new Map<string, ElementApi>();
  listener.on('activity.wait', (api: ElementApi) => waits.set(api.id, api));
  const execution = (await engine.execute({ listener } as never)) as unknown as {
    definitions: { getApi(): ElementApi }[];
  };
  return { engine, waits, definition: execution.definitions[0]! };
}

describe('the patched execution APIs of bpmn-elements', () => {
  it('list what runs beneath a definition, a process and an activity, as upstream does', async () => {
    const { engine, waits, definition } = await waitingAtTwo();
    try {
      const processes = definition.getApi().getExecuting();
      expect(processes.map((p) => p.id)).toEqual(['process']);
      expect(
        processes[0]!
          .getExecuting()
          .map((a) => a.id)
          .sort(),
      ).toEqual(['reply', 'visit']);
      // The catch event's message definition waits as a sub-execution: listed, the event itself not.
      const reply = waits.get('reply')!;
      const beneath = reply.getExecuting();
      expect(beneath).toHaveLength(1);
      expect(beneath[0]!.id).toBe('reply');
      expect(beneath[0]!.executionId).not.toBe(reply.executionId);
      expect(waits.get('visit')!.getExecuting()).toEqual([]);
    } finally {
      engine.stop();
    }
  });

  it('answer getExecuting with one function for every API, not a closure per API', async () => {
    const { engine, waits, definition } = await waitingAtTwo();
    try {
      expect(waits.get('visit')!.getExecuting).toBe(waits.get('reply')!.getExecuting);
      const [process] = definition.getApi().getExecuting();
      expect(process!.getExecuting).toBe(definition.getApi().getExecuting()[0]!.getExecuting);
      expect(definition.getApi().getExecuting).toBe(definition.getApi().getExecuting);
    } finally {
      engine.stop();
    }
  });
});
