/** The stand-in page behind a step thumbnail: a header, two lines of text and the element a tooltip points at. */
export const thumbnailPageStyles = `
html, body { margin: 0; height: 100%; overflow: hidden; background: #f4f5f7; }
.thumb-page { position: relative; height: 100%; }
.thumb-header { height: 44px; background: #ffffff; border-bottom: 1px solid #e3e5e8; }
.thumb-line { margin: 28px 0 0 40px; width: 46%; height: 12px; border-radius: 6px; background: #dfe2e6; }
.thumb-line--short { margin-top: 14px; width: 30%; }
.thumb-target { position: absolute; left: 40px; top: 140px; width: 150px; height: 40px; border-radius: 8px; background: #ffffff; border: 2px solid #c7cbd1; }
.thumb-page[data-kind="bar"] .thumb-target, .thumb-page[data-kind="modal"] .thumb-target, .thumb-page[data-kind="survey"] .thumb-target { display: none; }
`;

/** Added to the SDK's stylesheet in a thumbnail: a still picture (no entrance animation), cards kept inside its short viewport. */
export const thumbnailLayerStyles = `
*, *::before, *::after { animation: none !important; transition: none !important; }
.wm-survey { bottom: 12px; }
.wm-beacon[data-thumb-beacon] { left: 178px; top: 128px; }
`;
