import type { Destination, LabourSkillProblem, SupplyNode } from '../../../../src/model/matching/labour-problem';

/** A county adcode of the medium problem: province 51, five counties per prefecture. */
export const countyCode = (c: number): string => `51${String(Math.floor(c / 5) + 1).padStart(2, '0')}${String((c % 5) + 1).padStart(2, '0')}`;

/**
 * A medium labour problem with the real structure: per county six groups (untrained/trained × local, province,
 * far); local-willing groups reach only their county's jobs, province-willing also the capital, far-willing also
 * every eastern city. Local utility is the local wage (85 % for the untrained). Some counties have so many trained
 * stay-at-home workers that they fill the local jobs themselves.
 */
export function mediumLabourProblem(seed: number, counties = 30, cities = 12): LabourSkillProblem {
  const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const destinations: Destination[] = [];
  const offer = { wage: 0, housing: false, training: false };
  const localWage: number[] = [];
  for (let c = 0; c < counties; c++) {
    localWage.push(Math.round(1800 + 1200 * rnd()));
    destinations.push({ kind: 'local', adcode: countyCode(c), province: 'p', anchor: [0, 0], vacancies: Math.round(50 + 300 * rnd()), offer });
  }
  const capital = destinations.length;
  destinations.push({ kind: 'capital', adcode: 'cap', province: 'p', anchor: [0, 0], vacancies: 2000, offer });
  const east0 = destinations.length;
  for (let k = 0; k < cities; k++) destinations.push({ kind: 'east', adcode: `e${k}`, province: 'e', anchor: [0, 0], vacancies: Math.round(200 + 800 * rnd()), offer });
  const supplies: SupplyNode[] = [];
  const arcSupply: number[] = [];
  const arcDest: number[] = [];
  const arcUtility: number[] = [];
  const firstArc = [0];
  const arc = (s: number, d: number, u: number) => {
    arcSupply.push(s);
    arcDest.push(d);
    arcUtility.push(Math.round(u));
  };
  for (let c = 0; c < counties; c++) {
    const bigLocal = c % 3 === 0;
    for (let g = 0; g < 6; g++) {
      const trained = g >= 3;
      const reach = g % 3;
      const people = Math.round((bigLocal && g === 3 ? 400 : 20) + 150 * rnd());
      const s = supplies.length;
      supplies.push({ county: countyCode(c), province: 'p', anchor: [0, 0], group: g, people });
      const share = trained ? 1 : 0.85;
      arc(s, c, localWage[c]! * share);
      if (reach >= 1) arc(s, capital, (3200 + 400 * rnd()) * share - 300);
      if (reach === 2) for (let k = 0; k < cities; k++) arc(s, east0 + k, (4500 + 2500 * rnd()) * share - 300 - 800 * rnd());
      firstArc.push(arcSupply.length);
    }
  }
  return {
    skill: 'construction', supplies, destinations,
    arcSupply: Int32Array.from(arcSupply), arcDest: Int32Array.from(arcDest), arcUtility: Float64Array.from(arcUtility),
    arcKm: new Float64Array(arcSupply.length), arcPairing: arcSupply.map(() => null), bestEastUtility: new Float64Array(supplies.length).fill(-Infinity),
    firstArc: Int32Array.from(firstArc), destMin: new Float64Array(destinations.length),
  };
}
