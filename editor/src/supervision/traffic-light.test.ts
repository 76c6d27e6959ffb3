import { trafficLight } from './traffic-light';

describe('a district’s light on the overview', () => {
  it('is red as soon as one indicator is below target', () => {
    expect(trafficLight({ met: 5, notMet: 1, pending: 3, noData: 0 })).toBe('red');
  });

  it('is amber when nothing is below target but figures are still pending', () => {
    expect(trafficLight({ met: 2, notMet: 0, pending: 1, noData: 3 })).toBe('amber');
  });

  it('is green when every indicator with a figure is met', () => {
    expect(trafficLight({ met: 2, notMet: 0, pending: 0, noData: 4 })).toBe('green');
  });

  it('is grey when there is nothing to judge', () => {
    expect(trafficLight({ met: 0, notMet: 0, pending: 0, noData: 6 })).toBe('grey');
  });
});
