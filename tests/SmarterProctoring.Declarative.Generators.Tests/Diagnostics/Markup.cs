using System;
using Microsoft.CodeAnalysis.Text;

using SmarterProctoring.Declarative.Generators.Diagnostics;

namespace SmarterProctoring.Declarative.Generators.Tests.Diagnostics;

/// <summary>
/// Test sources mark the expected span of a diagnostic with <c>[|…|]</c>. The markers are removed before compiling.
/// </summary>
internal static class Markup
{
    public static (string Source, TextSpan Span) Parse(string marked)
    {
        int open = marked.IndexOf("[|", StringComparison.Ordinal);
        int close = marked.IndexOf("|]", StringComparison.Ordinal);
        if (open < 0 || close < open || marked.IndexOf("[|", open + 2, StringComparison.Ordinal) >= 0)
        {
            throw new ArgumentException("The source must mark exactly one span with [|…|].", nameof(marked));
        }

        string source = marked.Remove(close, 2).Remove(open, 2);
        return (source, TextSpan.FromBounds(open, close - 2));
    }

    /// <summary>The source without markers, for sources that mark nothing or are only compiled.</summary>
    public static string Strip(string marked) =>
        marked.Replace("[|", string.Empty, StringComparison.Ordinal).Replace("|]", string.Empty, StringComparison.Ordinal);
}
