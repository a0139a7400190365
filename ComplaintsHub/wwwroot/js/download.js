// Fetches a file from an authorised endpoint and saves it, so the page can show progress while the server builds it.
export async function download(url) {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) {
        const text = await response.text();
        let message = text;
        try { message = JSON.parse(text).detail ?? text; } catch { /* plain text */ }
        throw new Error(message || `The download failed (${response.status}).`);
    }
    const disposition = response.headers.get('Content-Disposition') ?? '';
    const match = /filename\*=UTF-8''([^;]+)/i.exec(disposition) ?? /filename="?([^";]+)"?/i.exec(disposition);
    const name = match ? decodeURIComponent(match[1]) : 'download';
    const blob = await response.blob();
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 60000);
    return blob.size;
}
