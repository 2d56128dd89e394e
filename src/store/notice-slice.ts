/** Notices shown to the user (bad URL values, failed loads): a queue of messages with ids. */
import type { SliceCreator } from './slice';

/** One notice; `text` is already translated. */
export interface Notice {
  id: number;
  level: 'info' | 'warning' | 'error';
  text: string;
}

/** Notice state and actions. */
export interface NoticeSlice {
  notices: Notice[];
  noticeActions: {
    push: (level: Notice['level'], text: string) => void;
    dismiss: (id: number) => void;
  };
}

let nextId = 1;

/** Creates the notice slice. */
export const createNoticeSlice: SliceCreator<NoticeSlice> = (set) => ({
  notices: [],
  noticeActions: {
    push: (level, text) =>
      set((s) => (s.notices.some((n) => n.text === text) ? s : { notices: [...s.notices, { id: nextId++, level, text }] })),
    dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  },
});
