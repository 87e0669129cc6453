import { activationTemplate } from './activationTemplate.ts';
import { emptyStateTemplate } from './emptyStateTemplate.ts';
import { featureAnnouncementTemplate } from './featureAnnouncementTemplate.ts';
import { hotspotTemplate } from './hotspotTemplate.ts';
import { npsTemplate } from './npsTemplate.ts';
import type { Template } from './Template.ts';
import { welcomeModalTemplate } from './welcomeModalTemplate.ts';

/** Every template, in the order the gallery shows them (the reference case first). */
export const TEMPLATES: readonly Template[] = [activationTemplate, welcomeModalTemplate, featureAnnouncementTemplate, npsTemplate, hotspotTemplate, emptyStateTemplate];
