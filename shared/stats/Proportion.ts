/** Converted users out of exposed users in one arm. */
export interface Proportion {
  exposed: number;
  converted: number;
}
