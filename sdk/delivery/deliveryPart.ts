/*
 * Event delivery to the server, in one module. The split builds load it as `waymark.delivery.js`
 * after the first step is on screen (events wait in the IndexedDB queue meanwhile); the one-file
 * build keeps it.
 */
export { EventDelivery } from './EventDelivery.ts';
