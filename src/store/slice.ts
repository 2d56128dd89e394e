/** The slice-creator type shared by the store's slices. */
import type { StateCreator } from 'zustand';
import type { AppState } from './app-store';

/** A slice of the app store that may read and write the whole state. */
export type SliceCreator<T> = StateCreator<AppState, [], [], T>;
