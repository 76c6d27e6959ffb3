/**
 * bpmn-elements' message broker (smqp) is patched at install for speed (patches/README.md): events of
 * the broker's own entities reach its handler directly, and a topic exchange hands a message to its
 * queues at once unless it is delivering another. These tests hold the patched broker to upstream's
 * behaviour where bpmn-elements depends on it: the order of messages published from inside a consumer,
 * the state of messages still waiting, and the broker's bookkeeping of queues and consumers.
 */
import { createRequire } from 'node:module';

interface Message {
  fields: { routingKey: string };
  content: unknown;
  ack(): void;
}
interface Broker {
  assertExchange(name: string, type: 'topic' | 'direct'): void;
  assertQueue(name: string, options?: object): { delete(): void };
  bindQueue(queue: string, exchange: string, pattern: string): void;
  consume(queue: string, onMessage: (routingKey: string, message: Message) => void, options?: object): { cancel(): void };
  publish(exchange: string, routingKey: string, content?: unknown): void;
  getState(): unknown;
  recover(state: unknown): Broker;
  readonly queueCount: number;
  readonly consumerCount: number;
}

// The smqp bpmn-elements loads, not any other copy in the tree.
const { Broker } = createRequire(require.resolve('bpmn-elements'))('smqp') as { Broker: () => Broker };

function twoQueues(): { broker: Broker; received: { first: string[]; second: string[] } } {
  const broker = Broker();
  broker.assertExchange('event', 'topic');
  broker.assertQueue('first');
  broker.assertQueue('second');
  broker.bindQueue('first', 'event', 'test.#');
  broker.bindQueue('second', 'event', 'test.#');
  return { broker, received: { first: [], second: [] } };
}

describe('the broker bpmn-elements runs on', () => {
  it('delivers a message published from inside a consumer after the one being delivered, to every queue', () => {
    const { broker, received } = twoQueues();
    broker.consume('first', (key, message) => {
      received.first.push(key);
      message.ack();
      if (key === 'test.1') {
        broker.publish('event', 'test.2');
        broker.publish('event', 'test.3');
      }
    });
    broker.consume('second', (key, message) => {
      received.second.push(key);
      message.ack();
    });

    broker.publish('event', 'test.1');

    expect(received.first).toEqual(['test.1', 'test.2', 'test.3']);
    // Upstream: the second queue also gets test.1 before the messages published while delivering it.
    expect(received.second).toEqual(['test.1', 'test.2', 'test.3']);
  });

  it('keeps a message still waiting for delivery in the state, and delivers it after recovery', () => {
    const { broker, received } = twoQueues();
    let state: unknown;
    broker.consume('first', (key, message) => {
      if (key === 'test.1') {
        broker.publish('event', 'test.2');
        // Taken while test.2 waits in the exchange: bpmn-engine users save state from listeners.
        state = JSON.parse(JSON.stringify(broker.getState()));
      }
      message.ack();
    });
    broker.publish('event', 'test.1');
    expect(JSON.stringify(state)).toContain('test.2');

    const recovered = Broker().recover(state);
    recovered.consume('second', (key, message) => {
      received.second.push(key);
      message.ack();
    });
    expect(received.second).toContain('test.2');
  });

  it('keeps its count of queues and consumers, and refuses a consumer tag in use', () => {
    const broker = Broker();
    broker.assertExchange('event', 'topic');
    const queue = broker.assertQueue('work', { autoDelete: false });
    broker.bindQueue('work', 'event', '#');
    const consumer = broker.consume('work', (_key, message) => message.ack(), { consumerTag: 'worker' });
    expect(broker.queueCount).toBe(1);
    expect(broker.consumerCount).toBe(1);
    expect(() => broker.consume('work', () => undefined, { consumerTag: 'worker' })).toThrow(/worker is occupied/);

    consumer.cancel();
    expect(broker.consumerCount).toBe(0);
    queue.delete();
    expect(broker.queueCount).toBe(0);
  });
});
