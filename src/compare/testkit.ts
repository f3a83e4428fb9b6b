/** Hand-made O*NET profiles and raw similarity data for the engine's unit tests (no store needed). */
import type { OnetProfile, RatedElement, Task, WorkActivity } from '../store/profile.js';
import type { RawOccupationData } from '../store/vectors.js';

export function rated(elementId: string, name: string, importance: number | null, level: number | null): RatedElement {
  return { elementId, name, importance, level, release: '29.0', official: true, sourceId: 2 };
}

export function task(id: number, text: string, type: Task['type'] = 'Core', relevance: number | null = 90): Task {
  return { id, text, type, relevance, sourceId: 1 };
}

export function activity(dwaId: string, iwaId: string, weight: number): WorkActivity {
  return { dwaId, title: `DWA ${dwaId}`, iwaId, iwaTitle: `IWA ${iwaId}`, elementId: '4.A.1', weight, tasks: 1 };
}

export function profile(code: string, over: Partial<OnetProfile> = {}): OnetProfile {
  return {
    occupation: { code, soc: code.slice(0, 7), title: `Occupation ${code}`, description: `About ${code}`, sourceId: 1 },
    tasks: [],
    activities: [],
    jobZone: null,
    education: null,
    experience: null,
    onSiteTraining: null,
    onTheJobTraining: null,
    knowledge: [],
    skills: [],
    abilities: [],
    workActivitiesRated: [],
    workContext: [],
    workActivityRatings: [],
    workStyles: [],
    workValues: [],
    interests: [],
    technology: [],
    tools: [],
    alternateTitles: [],
    emergingTasks: [],
    ...over,
  };
}

export function raw(code: string, over: Partial<RawOccupationData> = {}): RawOccupationData {
  return {
    code,
    soc: code.slice(0, 7),
    title: `Occupation ${code}`,
    description: '',
    alternateTitles: [],
    tasks: [],
    dwas: new Map(),
    iwas: new Map(),
    ratings: new Map(),
    interests: new Map(),
    jobZone: null,
    technology: [],
    workActivities: new Map(),
    ...over,
  };
}
