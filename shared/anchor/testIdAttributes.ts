/** Attributes that exist to identify an element in tests: the most stable anchors there are. */
export const TEST_ID_ATTRIBUTES = ['data-testid', 'data-test-id', 'data-test', 'data-cy', 'data-qa'] as const;
