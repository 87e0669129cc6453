import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { releaseNames, type ReleaseNames } from './releaseNames.ts';

export const NamesContext = createContext<ReleaseNames>(releaseNames(null));

export const useNames = (): ReleaseNames => useContext(NamesContext);

/** A name from the release, with its id on hover (and for copy-paste into the API). */
export function Named({ name, id }: { name: string; id: string }) {
  return name === id ? <>{name}</> : <span title={id} data-id={id}>{name}</span>;
}
