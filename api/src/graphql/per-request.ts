// Something made once per GraphQL request (a DataLoader, whose batching and cache must not
// outlive the request or be shared between users), on first use.
import type { MercuriusContext } from 'mercurius';

export function perRequest<T>(make: (ctx: MercuriusContext) => T): (ctx: MercuriusContext) => T {
  const made = new WeakMap<MercuriusContext, T>();
  return (ctx) => {
    let value = made.get(ctx);
    if (value === undefined) {
      value = make(ctx);
      made.set(ctx, value);
    }
    return value;
  };
}
