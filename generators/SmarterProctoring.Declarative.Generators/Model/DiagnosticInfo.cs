using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SmarterProctoring.Declarative.Generators.Model;

/// <summary>
/// A problem the parse found, kept in a form the incremental pipeline can compare and cache: the descriptor, the
/// message arguments already rendered as text, and where it is (file path and span, not a <see cref="Location"/>,
/// which would keep a syntax tree alive and never compare equal across compilations).
/// </summary>
/// <param name="Descriptor">The rule.</param>
/// <param name="Arguments">The message arguments, rendered culture-invariantly.</param>
/// <param name="FilePath">The file of the span, or empty when the problem has no source location.</param>
/// <param name="Span">The span in that file.</param>
/// <param name="LineSpan">The same span as lines and columns, for a file the compilation no longer has.</param>
/// <param name="PropertyName">The name of the one property a code fix reads, or null.</param>
/// <param name="PropertyValue">That property's value.</param>
internal sealed record DiagnosticInfo(
    DiagnosticDescriptor Descriptor,
    EquatableArray<string> Arguments,
    string FilePath,
    TextSpan Span,
    LinePositionSpan LineSpan,
    string? PropertyName = null,
    string? PropertyValue = null)
{
    /// <summary>The diagnostic, located in <paramref name="tree"/> when the compilation has the file (so <c>#pragma</c> applies).</summary>
    public Diagnostic ToDiagnostic(SyntaxTree? tree)
    {
        Location location = tree is not null ? Location.Create(tree, Span)
            : FilePath.Length > 0 ? Location.Create(FilePath, Span, LineSpan)
            : Location.None;
        System.Collections.Immutable.ImmutableDictionary<string, string?>? properties = PropertyName is null
            ? null
            : System.Collections.Immutable.ImmutableDictionary<string, string?>.Empty.Add(PropertyName, PropertyValue);
        object[] arguments = new object[Arguments.Count];
        for (int i = 0; i < arguments.Length; i++)
        {
            arguments[i] = Arguments[i];
        }

        return Diagnostic.Create(Descriptor, location, properties, arguments);
    }
}

/// <summary>What one parse of an interface yields: the model to emit (null when nothing can be written) and its problems.</summary>
internal sealed record InterfaceResult(InterfaceSpec? Spec, EquatableArray<DiagnosticInfo> Diagnostics);
