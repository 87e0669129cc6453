/** Calls made through the async snippet's stub before the SDK has loaded; the SDK replays them. */
const stub = (window as unknown as { waymark: Record<string, (...args: unknown[]) => void> }).waymark;
const params = new URLSearchParams(location.search);

stub.init!({
  dbName: params.get('db') ?? 'waymark-snippet',
  flows: [{
    schemaVersion: 1, id: 'hello', version: 1, name: 'Hello', kind: 'modal', trigger: { manual: true }, frequency: { type: 'once' },
    steps: [{ id: 'hi', type: 'modal', title: 'Hello from the snippet' }],
  }],
});
stub.identify!('early-user');
stub.track!('before_load');
stub.start!('hello');
