import type { EVENT_MODES } from '../model/event';

export type EventMode = (typeof EVENT_MODES)[number];
