export { BackgroundReply, BackgroundRequest } from './backgroundRequest.ts';
export { ContentCommand, ContentReply, HealthFlow, PickPurpose, StepHealth } from './contentCommand.ts';
export { ContentEvent, PickedElement, Stability } from './contentEvent.ts';
export { PAGE_MESSAGE_SOURCE, PageMessage } from './pageMessage.ts';
export { parseMessage } from './parseMessage.ts';
