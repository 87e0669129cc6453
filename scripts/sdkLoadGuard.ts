/**
 * The script-tag builds evaluate all their modules inside one `try`. A page can break, before any
 * SDK code of ours runs, what the bundled libraries rely on at load (an enumerable property on
 * `Object.prototype` makes zod's schema set-up read a descriptor that is not there). Such a page
 * gets one console warning naming the cause and an inert `Waymark` whose every call does nothing,
 * never an uncaught error of ours in its own console and error tracker, nor a `Waymark.init` that
 * throws in its code.
 */
export const loadGuard = (version: string) => ({
  // The function keeps the bundle strict: a directive after `try{` would be a plain string.
  banner: { js: 'try{(function(){"use strict";' },
  footer: {
    js: `})()}catch(error){(function(){
var polluted=[];for(var key in {})polluted.push(key);
var reason=polluted.length?" (Object.prototype has the enumerable propert"+(polluted.length>1?"ies ":"y ")+polluted.join(", ")+")":"";
try{console.warn("Waymark could not start on this page"+reason+":",error)}catch(_){}
var inert=new Proxy(function(){},{get:function(_,k){return k==="then"?undefined:k==="ready"?Promise.resolve():inert},apply:function(){return inert}});
if(!globalThis.Waymark)globalThis.Waymark={version:${JSON.stringify(version)},init:function(){return inert}};
})()}`,
  },
});
