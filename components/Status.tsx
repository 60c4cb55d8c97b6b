import type { AsyncState } from './useAsync';
import { ui } from './t';

/** Renders loading and error states; calls `children` with the data once it is there. */
export function Status<T>({
  state,
  children,
}: {
  state: AsyncState<T>;
  children: (data: T) => preact.ComponentChildren;
}) {
  if (state.status === 'loading')
    return (
      <p class="muted" role="status">
        {ui().loading}
      </p>
    );
  if (state.status === 'error')
    return (
      <p class="error" role="alert">
        {ui().error(state.message)}
      </p>
    );
  return <>{children(state.data)}</>;
}
