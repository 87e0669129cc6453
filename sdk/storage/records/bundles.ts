import type { WaymarkStore } from '../WaymarkStore.ts';
import type { BundleRecord } from '../schema.ts';

/** The `bundles` store: the last bundle fetched from each URL, with its ETag. */
export const readBundle = (store: WaymarkStore, url: string): Promise<BundleRecord | undefined> => store.get('bundles', url);

export const writeBundle = (store: WaymarkStore, record: BundleRecord): Promise<void> => store.put('bundles', record);
