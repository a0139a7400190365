// The template editor's field picker: where the cursor is in the template text, read before a field is put in (the
// server puts it into the text it holds, so Save has it), and where the cursor goes afterwards.
export function caret(selector) {
    const text = document.querySelector(selector);
    return text ? [text.selectionStart, text.selectionEnd] : null;
}

export function placeCaret(selector, at) {
    const text = document.querySelector(selector);
    if (!text) return;
    text.focus();
    text.setSelectionRange(at, at);
}
