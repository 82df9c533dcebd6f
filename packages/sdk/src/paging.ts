/** A list page of the API: newest first, `hasMore` when an older page exists. */
export interface Page<T> {
  data: T[];
  hasMore: boolean;
}

/**
 * Every item of a keyset-paged list, one page at a time as the caller iterates: the next page starts after the
 * last id of the one before. Bounded by the pages the server has: each one moves the cursor past its last item.
 */
export async function* everyItem<T extends { id: string }>(
  page: (startingAfter: string | undefined) => Promise<Page<T>>,
): AsyncGenerator<T> {
  let current = await page(undefined);
  for (;;) {
    yield* current.data;
    const last = current.data.at(-1);
    if (!current.hasMore || !last) return;
    current = await page(last.id);
  }
}
