import { describe, expect, it } from 'vitest';
import { isGeneratedToken } from '../../../shared/anchor/isGeneratedToken.ts';

describe('isGeneratedToken', () => {
  it.each([
    'css-1x9f2ab',
    'css-1ujsas3-MuiButtonBase-root',
    'sc-bdVaJa',
    'kMzXJq',
    'Card_root__3kD9x',
    'Button_primary__aBcDe',
    'page_main__nw1Wk',
    'jsx-123456',
    'ember123',
    ':r1:',
    ':R2a6:',
    '«r3»',
    'radix-:r5:',
    'react-select-3-input',
    'downshift-0-input',
    'mat-input-0',
    'headlessui-menu-button-1',
    'mui-12345',
    'jss42',
    'svelte-1a2b3c',
    '3f2b8c1e-9d4a-4c2b-8e1f-0a9b7c6d5e4f',
    '3f2b8c1e9d4a4c2b8e1f0a9b7c6d5e4f',
    '12345',
    'btn-48213',
    'a8f3e2',
    'x7Gh2KpQ9z',
    'ext-gen1234',
    '',
  ])('%j is generated', (token) => {
    expect(isGeneratedToken(token)).toBe(true);
  });

  it.each([
    'widget-color',
    'widget-position',
    'btn',
    'btn-primary',
    'nav-item',
    'is-active',
    'navBar',
    'mainContent',
    'isActive',
    'col-md-6',
    'mt-4',
    'p-10',
    'grid-cols-12',
    'text-2xl',
    'MuiButton-root',
    'settings-form',
    'email',
    'user_profile',
    'checkout-step-2',
    'h1',
    'card',
    'Card_root',
  ])('%j is stable', (token) => {
    expect(isGeneratedToken(token)).toBe(false);
  });
});
