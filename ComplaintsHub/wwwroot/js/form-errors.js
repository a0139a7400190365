// After a refused save: the keyboard moves to the first field that needs putting right and the page scrolls to it, so
// the person is not left on the Save button with the messages out of sight.
// Only the fields the server refused (their controls carry the server's message): a field MudBlazor flagged as the
// person tabbed past it may not be one the service minds.
export function focusFirstError(container, messages) {
    const error = [...(container ?? document).querySelectorAll('.mud-input-control .mud-input-error')]
        .find(e => messages.some(m => e.closest('.mud-input-control').textContent.includes(m)));
    const field = error?.closest('.mud-input-control')
        ?.querySelector('input:not([type=hidden]):not([disabled]), textarea:not([disabled]), [tabindex="0"]');
    if (!field) return false;
    field.focus({ preventScroll: true });
    field.scrollIntoView({ block: 'center' });
    return true;
}
