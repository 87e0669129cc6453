import { ApiRequestError } from '../../shared/api/ApiRequestError.ts';
import { callApi, type ApiCall } from '../../shared/api/callApi.ts';
import type { ResponseOf } from '../../shared/api/contract.ts';
import type { RouteName } from '../../shared/api/routes.ts';

export class RequestFailed extends Error {}

/** Calls an admin route of the contract; a refusal or an unreachable server becomes a RequestFailed with the server's message. */
export async function apiRequest<N extends RouteName>(server: string, secretKey: string, name: N, call: ApiCall<N>): Promise<ResponseOf<N>> {
  try {
    return await callApi({ baseUrl: server, secretKey }, name, call);
  } catch (error) {
    if (!(error instanceof ApiRequestError)) throw error;
    if (error.status === 0) {
      const failure = error.cause as Error;
      throw new RequestFailed(`cannot reach ${new URL(server).origin}: ${(failure.cause as Error | undefined)?.message ?? failure.message}`);
    }
    throw new RequestFailed(`${error.status} from ${error.urlPath}: ${error.reason}`);
  }
}
