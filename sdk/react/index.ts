/** `@waymark/sdk/react`: a provider and hooks around one SDK instance. */
export { WaymarkProvider, type WaymarkProviderProps } from './WaymarkProvider.ts';
export { useTrack, useWaymark } from './hooks.ts';
