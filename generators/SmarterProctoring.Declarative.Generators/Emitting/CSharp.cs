using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace SmarterProctoring.Declarative.Generators;

/// <summary>
/// The one place generated source writes a name or a string taken from user code: identifiers are escaped when they
/// are keywords (<c>@event</c>), strings are written as literals with every character that could end or bend a line
/// escaped.
/// </summary>
internal static class CSharp
{
    /// <summary>A name from user code as an identifier: <c>event</c> becomes <c>@event</c>.</summary>
    public static string Identifier(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) is SyntaxKind.AwaitKeyword
            ? "@" + name
            : name;

    /// <summary>A regular string literal with quotes.</summary>
    public static string Literal(string text) => "\"" + Escape(text, interpolated: false) + "\"";

    /// <summary>Text escaped for a regular string literal or, with <paramref name="interpolated"/>, an interpolated one.</summary>
    public static string Escape(string text, bool interpolated)
    {
        // Most names and routes need nothing escaped: hand them back without copying.
        int first = 0;
        while (first < text.Length && !NeedsEscape(text[first], interpolated))
        {
            first++;
        }

        if (first == text.Length)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        builder.Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '{' when interpolated: builder.Append("{{"); break;
                case '}' when interpolated: builder.Append("}}"); break;
                default:
                    // Line and paragraph separators end a line in C# source, like the control characters.
                    if (char.IsControl(c) || c == '\u2028' || c == '\u2029')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    private static bool NeedsEscape(char c, bool interpolated) =>
        c is '"' or '\\' or '\u2028' or '\u2029' || (interpolated && c is '{' or '}') || char.IsControl(c);
}
