/**
 * Transient hover stores: what is under the pointer and where, kept out of the app store so hovering never
 * re-renders panels. One factory makes them all (the county under the pointer, the partnership arc, …).
 */
import { create, type StoreApi, type UseBoundStore } from 'zustand';

/** A hover store's state: the hovered thing under `key`, its pane (null = none, e.g. a chart) and the pointer. */
export type HoverState<K extends string, T> = { readonly [P in K]: T | null } & {
  pane: number | null;
  x: number;
  y: number;
  setHover: (value: T | null, pane: number | null, x: number, y: number) => void;
};

/** Creates a hover store whose hovered thing is read as `state[key]`. */
export function createHoverStore<T, K extends string>(key: K): UseBoundStore<StoreApi<HoverState<K, T>>> {
  // The mapped key cannot be spelled as an object literal: build the state, then type it once.
  const hovered = (value: T | null) => ({ [key]: value }) as { [P in K]: T | null };
  return create<HoverState<K, T>>()((set) => ({
    ...hovered(null),
    pane: null,
    x: 0,
    y: 0,
    setHover: (value, pane, x, y) => set({ ...hovered(value), pane, x, y } as Partial<HoverState<K, T>>),
  }) as HoverState<K, T>);
}

/** The county under the pointer, shared by every pane and chart. */
export const useHoverStore = createHoverStore<string, 'adcode'>('adcode');

/** Hover state of the county hover store. */
export type CountyHoverState = ReturnType<typeof useHoverStore.getState>;
