using System.Diagnostics;
using ComplaintsHub.Core.Refusals;
using Microsoft.Extensions.Options;

namespace ComplaintsHub.Core.Letters;

/// <summary>
/// Makes a letter's PDF from its Word document with LibreOffice, headless, so the PDF is laid out as the document is
/// (the same fields, page breaks and kept-together blocks). LibreOffice runs with a profile of its own, never a user's,
/// made once for the process (making it is most of the first conversion's time); one profile cannot be used by two
/// LibreOffice processes at once, so conversions take turns. A conversion that fails or takes longer than
/// <see cref="LibreOfficeOptions.Timeout"/> is refused, and its process stopped; its files are always deleted.
/// </summary>
public sealed class LetterPdfWriter(IOptions<LibreOfficeOptions> options)
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);
    private static readonly Lazy<string> Profile = new(() =>
    {
        var folder = Path.Combine(Path.GetTempPath(), $"complaintshub-libreoffice-{Environment.ProcessId}");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(folder);
        return folder;
    });

    public async Task<byte[]> WriteAsync(byte[] wordDocument, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var executable = settings.FindExecutable() ?? throw Refused($"LibreOffice was not found at \"{settings.Path}\" ({LibreOfficeOptions.Section}:Path).");
        await OneAtATime.WaitAsync(cancellationToken);
        var work = Path.Combine(Path.GetTempPath(), $"complaintshub-pdf-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(work);
            var input = Path.Combine(work, "letter.docx");
            await File.WriteAllBytesAsync(input, wordDocument, cancellationToken);
            await RunAsync(executable, work, input, settings.Timeout, cancellationToken);
            var output = Path.Combine(work, "letter.pdf");
            return File.Exists(output) ? await File.ReadAllBytesAsync(output, cancellationToken) : throw Refused("LibreOffice finished without writing it.");
        }
        finally
        {
            OneAtATime.Release();
            TryDelete(work);
        }
    }

    private static async Task RunAsync(string executable, string work, string input, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = work,
        };
        foreach (var argument in new[] { "--headless", "--norestore", "--nologo", "--nolockcheck", $"-env:UserInstallation={new Uri(Profile.Value).AbsoluteUri}",
                     "--convert-to", "pdf", "--outdir", work, input })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw Refused($"LibreOffice could not be started ({executable}): {ex.Message}");
        }

        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            cancellationToken.ThrowIfCancellationRequested();
            throw Refused($"LibreOffice took longer than {timeout.TotalSeconds:0.#} second{(timeout.TotalSeconds == 1 ? "" : "s")} and was stopped ({LibreOfficeOptions.Section}:Timeout).");
        }

        await Task.WhenAll(output, errors);
        if (process.ExitCode != 0)
        {
            var said = (await errors).Trim();
            throw Refused($"LibreOffice stopped with exit code {process.ExitCode}{(said.Length > 0 ? $": {said}" : ".")}");
        }
    }

    private static DomainException Refused(string why) => new($"The PDF could not be made: {why}");

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the system's temp clean-up: a file still open (an antivirus scan) must not fail the letter.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
