/** One flow of every kind, anchored on the hostile CSS page (demo/hostile/hostileCss.html). */
const everyPage = { pages: { include: [{ type: 'glob', value: '/**' }] } };
const testid = (id: string) => ({ selectors: [{ kind: 'testid', value: `[data-testid="${id}"]`, weight: 1 }] });
const text = (value: string) => [{ type: 'paragraph', children: [{ type: 'text', text: value }] }];
const base = (id: string, kind: string) => ({ schemaVersion: 1, id, version: 1, name: id, kind, frequency: { type: 'once' } });

export const hostileBundle = {
  schemaVersion: 1,
  milestones: [
    { id: 'published', name: 'Published', stage: 'activation', reachedBy: [{ type: 'event', name: 'published' }] },
    { id: 'setup-finished', name: 'Setup finished', stage: 'activation', reachedBy: [{ type: 'event', name: 'setup_finished' }] },
  ],
  flows: [
    {
      ...base('hostile-bar', 'announcement'),
      trigger: everyPage,
      steps: [{ id: 'bar', type: 'bar', position: 'top', layout: 'overlay', content: text('Waymark keeps its bar readable here.'), buttons: [{ id: 'ok', label: 'Got it', action: { type: 'complete' } }] }],
    },
    {
      ...base('hostile-tour', 'tour'),
      priority: 10,
      trigger: everyPage,
      steps: [
        { id: 'publish', type: 'tooltip', title: 'Publish from here', content: text('This button sits in a transformed box that hides its overflow.'), anchor: testid('publish'), placement: 'bottom', backdrop: true },
        { id: 'deep', type: 'tooltip', title: 'Archive old rows', content: text('This row lives deep inside a scrolling list.'), anchor: testid('deep-anchor'), placement: 'right' },
      ],
    },
    {
      ...base('hostile-hotspot', 'hotspot'),
      trigger: everyPage,
      steps: [{ id: 'help', type: 'hotspot', title: 'Help is here', content: text('Ask us anything.'), anchor: testid('help'), buttons: [{ id: 'ok', label: 'Got it', action: { type: 'complete' } }] }],
    },
    {
      ...base('hostile-modal', 'modal'),
      trigger: { manual: true },
      steps: [{ id: 'news', type: 'modal', title: "What's new", content: text('Three things shipped this week.'), buttons: [{ id: 'ok', label: 'Nice', action: { type: 'complete' } }] }],
    },
    {
      ...base('hostile-survey', 'survey'),
      trigger: { event: 'setup_finished' },
      steps: [{ id: 'csat', type: 'survey', survey: { kind: 'csat', question: 'How easy was the setup?', lowLabel: 'Hard', highLabel: 'Easy', thankYou: 'Thanks!' } }],
    },
    {
      ...base('hostile-checklist', 'checklist'),
      trigger: everyPage,
      steps: [],
      checklist: {
        title: 'Get going',
        launcher: { label: 'Checklist', position: 'bottom-right' },
        items: [
          { id: 'publish', title: 'Publish a page', milestone: 'published' },
          { id: 'finish', title: 'Finish setup', milestone: 'setup-finished' },
        ],
      },
    },
  ],
};
