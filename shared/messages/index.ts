export { BackgroundReply, BackgroundRequest } from './backgroundRequest.ts';
export { ContentCommand, ContentReply, HealthFlow, PickPurpose, StepHealth } from './contentCommand.ts';
export { ContentEvent, PickedElement, Stability } from './contentEvent.ts';
export { BUILDER_MESSAGE_SOURCE, PAGE_MESSAGE_SOURCE, PageMessage } from './pageMessage.ts';
export { parseMessage } from './parseMessage.ts';
