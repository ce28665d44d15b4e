using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using SmarterProctoring.Declarative.Generators.Model;

namespace SmarterProctoring.Declarative.Generators;

/// <summary>
/// Collects what one parse finds wrong. Every rule reports here once; the generator turns the collected
/// <see cref="DiagnosticInfo"/> into diagnostics, and a rule that makes a call impossible to write also becomes the
/// message of that call's throwing stub. A muted sink (methods inherited from another client interface, whose own
/// parse reports them) keeps the stub messages and drops the diagnostics.
/// </summary>
internal sealed class Problems
{
    private readonly List<DiagnosticInfo>? _diagnostics;
    private readonly List<string> _blocking = new();

    private Problems(bool reporting)
    {
        _diagnostics = reporting ? new List<DiagnosticInfo>() : null;
    }

    public static Problems Reporting() => new(reporting: true);

    public static Problems Muted() => new(reporting: false);

    /// <summary>How many problems so far stop a call from being written.</summary>
    public int BlockingCount => _blocking.Count;

    public EquatableArray<DiagnosticInfo> Diagnostics => _diagnostics is null ? EquatableArray<DiagnosticInfo>.Empty : new(_diagnostics);

    /// <summary>The blocking problems from <paramref name="start"/> on, as sentences for a stub's exception message.</summary>
    public string? BlockingSince(int start) =>
        start >= _blocking.Count ? null : string.Join(". ", _blocking.GetRange(start, _blocking.Count - start));

    /// <summary>Reports a problem the generated code can live with (a warning or an error about policy, not shape).</summary>
    public void Report(DiagnosticDescriptor descriptor, Location? location, params object?[] arguments) =>
        Add(descriptor, location, null, null, blocks: false, arguments);

    /// <summary>Reports a problem that stops the call (or the interface) from being written.</summary>
    public void Block(DiagnosticDescriptor descriptor, Location? location, params object?[] arguments) =>
        Add(descriptor, location, null, null, blocks: true, arguments);

    /// <summary>Stops a call without a diagnostic of its own (another one, or the compiler, already says why); a sentence.</summary>
    public void BlockSilently(string message) => _blocking.Add(message);

    /// <summary>Reports a problem with one property for a code fix.</summary>
    public void Report(DiagnosticDescriptor descriptor, Location? location, string propertyName, string propertyValue, bool blocks, params object?[] arguments) =>
        Add(descriptor, location, propertyName, propertyValue, blocks, arguments);

    private void Add(DiagnosticDescriptor descriptor, Location? location, string? propertyName, string? propertyValue, bool blocks, object?[] arguments)
    {
        var rendered = new string[arguments.Length];
        for (int i = 0; i < arguments.Length; i++)
        {
            rendered[i] = arguments[i] switch
            {
                null => string.Empty,
                System.IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                object value => value.ToString() ?? string.Empty,
            };
        }

        if (blocks)
        {
            _blocking.Add(descriptor.Id + ": " + string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture), rendered));
        }

        if (_diagnostics is null)
        {
            return;
        }

        string path = string.Empty;
        Microsoft.CodeAnalysis.Text.TextSpan span = default;
        Microsoft.CodeAnalysis.Text.LinePositionSpan lines = default;
        if (location is { IsInSource: true })
        {
            path = location.SourceTree?.FilePath ?? string.Empty;
            span = location.SourceSpan;
            lines = location.GetLineSpan().Span;
        }

        _diagnostics.Add(new DiagnosticInfo(descriptor, new EquatableArray<string>(rendered), path, span, lines, propertyName, propertyValue));
    }
}
