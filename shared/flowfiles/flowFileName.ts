/** `flows/<id>.json`; ids may hold `:`, which some file systems refuse, so it is written as `~`. */
export function flowFileName(flowId: string): string {
  return `flows/${flowId.replaceAll(':', '~')}.json`;
}
