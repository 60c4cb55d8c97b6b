// Small pieces every management panel uses: the sender, the three load states in the page's
// chosen language, an error line, sizes in the UI language.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { askBackground } from '../../lib/send';
import { STRINGS, type UiLang } from '../i18n';
import type { AsyncState } from '../useAsync';
import type { Sender } from './import-run';

export const send: Sender = (request) => askBackground(browser, request);

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function Loaded<T>({
  state,
  lang,
  children,
}: {
  state: AsyncState<T>;
  lang: UiLang;
  children: (data: T) => preact.ComponentChildren;
}) {
  if (state.status === 'loading')
    return (
      <p class="muted" role="status">
        {STRINGS[lang].loading}
      </p>
    );
  if (state.status === 'error') return <ErrorLine lang={lang} message={state.message} />;
  return <>{children(state.data)}</>;
}

/** An error as the background or the browser said it, verbatim, announced at once. */
export function ErrorLine({ lang, message }: { lang: UiLang; message: string }) {
  return (
    <p class="error" role="alert">
      {STRINGS[lang].error(message)}
    </p>
  );
}

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/**
 * 1,500 bytes → "1.5 kB" / «1.5 كيلوبايت». Decimal units, as Intl names them (a kilobyte is 1,000
 * bytes): dividing by 1,024 under the labels "kB" and "MB" understated sizes by 2.4 % and 4.9 %.
 */
export function formatBytes(bytes: number, lang: UiLang): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(lang === 'ar' ? 'ar-u-nu-latn' : 'en', {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit > 0 && value < 10 ? 1 : 0,
  }).format(value);
}

/** Splits a comma-separated field (Latin or Arabic comma) into trimmed, non-empty items. */
export function splitList(value: string): string[] {
  return value
    .split(/[,،\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * Like useAsync, but a reload keeps the data shown until the new data is there: the panel is not
 * unmounted, so what the user typed in its search or filters stays.
 */
export function useKeptAsync<T>(load: () => Promise<T>, deps: readonly unknown[]): AsyncState<T> {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    load().then(
      (data) => live && setState({ status: 'ready', data }),
      (error: unknown) => live && setState({ status: 'error', message: errorText(error) }),
    );
    return () => {
      live = false;
    };
  }, deps);
  return state;
}
