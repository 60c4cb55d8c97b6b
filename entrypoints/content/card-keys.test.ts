// What each key does while a card is open: a table of focus places and the expected action, written
// from the rules in card-keys.ts' header (Tab from the mark enters the card, Tab walks its controls,
// leaving it returns to the mark, Escape closes and returns focus only when focus was ours).
import { describe, expect, it } from 'vitest';
import { cardKeyAction, type FocusPlace, type KeyAction } from './card-keys';

const onMark: FocusPlace = { onMark: true, inCard: false, at: -1, controls: 3 };
const elsewhere: FocusPlace = { onMark: false, inCard: false, at: -1, controls: 3 };
const inCard = (at: number, controls = 3): FocusPlace => ({ onMark: false, inCard: true, at, controls });

const cases: [string, string, boolean, FocusPlace, KeyAction][] = [
  ['Escape on the mark returns focus to it', 'Escape', false, onMark, { kind: 'escape', returnFocus: true }],
  [
    'Escape in the card returns focus to the mark',
    'Escape',
    false,
    inCard(1),
    { kind: 'escape', returnFocus: true },
  ],
  [
    'Escape while the reader is elsewhere (hover) leaves focus alone',
    'Escape',
    false,
    elsewhere,
    { kind: 'escape', returnFocus: false },
  ],
  ['Tab on the mark enters the card at its first control', 'Tab', false, onMark, { kind: 'move', to: 0 }],
  [
    'Tab on the mark of a card with no control is the page’s',
    'Tab',
    false,
    { ...onMark, controls: 0 },
    { kind: 'none' },
  ],
  ['Shift+Tab on the mark is the page’s', 'Tab', true, onMark, { kind: 'none' }],
  ['Tab elsewhere on the page is the page’s', 'Tab', false, elsewhere, { kind: 'none' }],
  ['Tab in the card goes to the next control', 'Tab', false, inCard(0), { kind: 'move', to: 1 }],
  ['Shift+Tab in the card goes to the previous control', 'Tab', true, inCard(2), { kind: 'move', to: 1 }],
  [
    'Tab past the last control leaves to the mark, going on',
    'Tab',
    false,
    inCard(2),
    { kind: 'leave', back: false },
  ],
  [
    'Shift+Tab before the first control leaves to the mark, stopping there',
    'Tab',
    true,
    inCard(0),
    { kind: 'leave', back: true },
  ],
  [
    'Tab in the card with no control focused leaves it',
    'Tab',
    false,
    inCard(-1),
    { kind: 'leave', back: false },
  ],
  ['Other keys are the page’s', 'Enter', false, inCard(1), { kind: 'none' }],
  ['Other keys on the mark are the page’s', 'ArrowDown', false, onMark, { kind: 'none' }],
];

describe('cardKeyAction', () => {
  it.each(cases)('%s', (_name, key, shift, focus, expected) => {
    expect(cardKeyAction(key, shift, focus)).toEqual(expected);
  });
});
