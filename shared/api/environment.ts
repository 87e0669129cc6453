/**
 * The environments a release is published to and events are recorded in: one definition, in the
 * bundle's vocabulary (shared/schema), named here as the API's `env` path and query parameter.
 */
export { DEFAULT_ENVIRONMENT, environments, EventEnvironment as Environment } from '../schema/eventEnvironment.ts';
