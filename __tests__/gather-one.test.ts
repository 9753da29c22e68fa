// One fact gathered within the run's budget: a defect in one gatherer costs that fact, not the run.
import { describe, expect, it } from 'vitest';
import { Budget, gatherOne } from '../src/facts/budget.ts';

describe('gatherOne', () => {
  it("hands back the gatherer's answer, and no gap", async () => {
    const gaps: string[] = [];
    expect(await gatherOne(new Budget(60), 'the workflows were read', () => 42, () => -1, (w) => gaps.push(w))).toBe(42);
    expect(await gatherOne(new Budget(60), 'the workflows were read', async () => 'x', () => 'placeholder', (w) => gaps.push(w))).toBe('x');
    expect(gaps).toEqual([]);
  });

  it('turns a gatherer that throws (at once or later) into its placeholder and a gap that names the defect', async () => {
    for (const gather of [
      () => {
        throw new TypeError("Cannot read properties of undefined (reading 'lastIndexOf')");
      },
      async () => {
        await new Promise((r) => setTimeout(r, 5));
        throw new TypeError("Cannot read properties of undefined (reading 'lastIndexOf')");
      },
    ]) {
      const gaps: string[] = [];
      const told: string[] = [];
      const value = await gatherOne(new Budget(60), 'the workflows were read', gather, (why) => (told.push(why), 'placeholder'), (w) => gaps.push(w));
      expect(value).toBe('placeholder');
      expect(gaps).toEqual([
        "an internal error (Cannot read properties of undefined (reading 'lastIndexOf')) stopped the run before the workflows were read; please report it",
      ]);
      expect(told).toEqual(gaps);
    }
  });

  it('gives up a fact once the budget has ended, saying so', async () => {
    const budget = new Budget(0.001);
    await new Promise((r) => setTimeout(r, 20));
    const gaps: string[] = [];
    let ran = false;
    const value = await gatherOne(budget, 'the license was read', () => ((ran = true), 1), (why) => (why.startsWith('time limit') ? 0 : -1), (w) => gaps.push(w));
    expect([value, ran]).toEqual([0, false]);
    expect(gaps).toEqual(['time limit of 0.0 s reached before the license was read']);
    budget.dispose();
  });
});
