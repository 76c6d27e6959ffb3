import { storeTargets, type TestStore } from '../testing';
import { CommandTransaction } from './command-transaction';

describe.each(storeTargets())('a command transaction on $kind', (target) => {
  let store: TestStore;

  beforeEach(async () => {
    store = await target.open();
    await store.exec('CREATE TABLE notes (n integer NOT NULL)');
  });
  afterEach(() => store.dispose());

  const notes = async () => (await store.query<{ n: number }>('SELECT n FROM notes ORDER BY n')).rows.map((r) => r.n);

  it('reads without opening a transaction; the first write opens it and a rollback undoes it', async () => {
    // given a command that has only read so far
    const tx = new CommandTransaction(store);
    await tx.read('SELECT count(*) FROM notes');
    expect(tx.begun).toBe(false);
    // when it writes and then fails
    await tx.query('INSERT INTO notes VALUES (1)');
    expect(tx.begun).toBe(true);
    await tx.finish(false);
    // then nothing it wrote is there
    expect(await notes()).toEqual([]);
  });

  it('reads inside the transaction once it is open, so the command sees its own writes', async () => {
    const tx = new CommandTransaction(store);
    await tx.query('INSERT INTO notes VALUES (2)');
    const { rows } = await tx.read<{ n: number }>('SELECT count(*)::int AS n FROM notes');
    expect(rows[0]?.n).toBe(1);
    await tx.finish(true);
    expect(await notes()).toEqual([2]);
  });

  it('runs a last statement alone when nothing was written before it, and nothing may follow it', async () => {
    const tx = new CommandTransaction(store);
    await tx.read('SELECT 1');
    await tx.last('INSERT INTO notes VALUES (3)');
    expect(tx.begun).toBe(false);
    await expect(tx.query('INSERT INTO notes VALUES (4)')).rejects.toThrow(/last statement/);
    await tx.finish(true);
    expect(await notes()).toEqual([3]);
  });

  it('runs a last statement inside the transaction after a write: a rollback undoes both', async () => {
    const tx = new CommandTransaction(store);
    await tx.query('INSERT INTO notes VALUES (5)');
    await tx.last('INSERT INTO notes VALUES (6)');
    await tx.finish(false);
    expect(await notes()).toEqual([]);
  });

  it('a failing statement fails the command and leaves nothing behind', async () => {
    const tx = new CommandTransaction(store);
    await tx.query('INSERT INTO notes VALUES (7)');
    await expect(tx.query('INSERT INTO notes VALUES (NULL)')).rejects.toMatchObject({ code: '23502' });
    await tx.finish(false);
    expect(await notes()).toEqual([]);
  });
});
