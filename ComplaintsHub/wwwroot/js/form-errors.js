// After a refused save: the keyboard moves to the first field that needs putting right and the page scrolls to it, so
// the person is not left on the Save button with the messages out of sight.
export function focusFirstError(container) {
    const error = (container ?? document).querySelector('.mud-input-control .mud-input-error');
    const field = error?.closest('.mud-input-control')
        ?.querySelector('input:not([type=hidden]):not([disabled]), textarea:not([disabled]), [tabindex="0"]');
    if (!field) return false;
    field.focus({ preventScroll: true });
    field.scrollIntoView({ block: 'center' });
    return true;
}
