import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../lib/background/startBackground.ts';

export default defineBackground(() => startBackground());
