using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace SmarterProctoring.Declarative.Generators;

/// <summary>
/// Maps a range of a constant string to the characters that wrote it in source, so a diagnostic can underline the
/// exact placeholder or character inside the literal (escape sequences included). Regular, verbatim and single-line
/// raw literals are mapped; anything else (a constant expression, a multi-line raw literal) falls back to the whole
/// expression.
/// </summary>
internal static class StringLiteralSpans
{
    public static Location Locate(ExpressionSyntax expression, string value, int start, int length)
    {
        TextSpan? span = TryMap(expression, value, start, length);
        return span is TextSpan found
            ? Location.Create(expression.SyntaxTree, found)
            : expression.GetLocation();
    }

    /// <summary>The source span of <c>value[start..start+length]</c>, or null when the literal cannot be mapped.</summary>
    public static TextSpan? TryMap(ExpressionSyntax expression, string value, int start, int length)
    {
        if (expression is not LiteralExpressionSyntax literal || literal.Token.ValueText != value
            || start < 0 || length < 0 || start + length > value.Length)
        {
            return null;
        }

        List<int>? starts = Starts(literal.Token);
        if (starts is null || starts.Count != value.Length + 1)
        {
            return null;
        }

        return TextSpan.FromBounds(starts[start], starts[start + length]);
    }

    /// <summary>For each character of the value, where its source text starts; then where the content ends.</summary>
    private static List<int>? Starts(SyntaxToken token)
    {
        string text = token.Text;
        int offset = token.SpanStart;
        if (token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken))
        {
            int quotes = 0;
            while (quotes < text.Length && text[quotes] == '"')
            {
                quotes++;
            }

            var raw = new List<int>();
            for (int i = quotes; i <= text.Length - quotes; i++)
            {
                raw.Add(offset + i);
            }

            return raw;
        }

        if (!token.IsKind(SyntaxKind.StringLiteralToken) || text.Length < 2 || text[text.Length - 1] != '"')
        {
            return null;
        }

        return text[0] == '@' ? VerbatimStarts(text, offset) : RegularStarts(text, offset);
    }

    private static List<int> VerbatimStarts(string text, int offset)
    {
        var starts = new List<int>();
        int end = text.Length - 1;
        for (int i = 2; i < end; i++)
        {
            starts.Add(offset + i);
            if (text[i] == '"')
            {
                i++;
            }
        }

        starts.Add(offset + end);
        return starts;
    }

    private static List<int>? RegularStarts(string text, int offset)
    {
        var starts = new List<int>();
        int end = text.Length - 1;
        int i = 1;
        while (i < end)
        {
            int start = i;
            int produced = 1;
            if (text[i] != '\\')
            {
                i++;
            }
            else if (i + 1 >= end)
            {
                return null;
            }
            else if (text[i + 1] == 'u')
            {
                i += 6;
            }
            else if (text[i + 1] == 'U')
            {
                if (i + 10 > end || !uint.TryParse(text.Substring(i + 2, 8), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out uint code))
                {
                    return null;
                }

                produced = code > 0xFFFF ? 2 : 1;
                i += 10;
            }
            else if (text[i + 1] == 'x')
            {
                i += 2;
                for (int digits = 0; digits < 4 && i < end && Uri.IsHexDigit(text[i]); digits++)
                {
                    i++;
                }
            }
            else
            {
                i += 2;
            }

            for (int n = 0; n < produced; n++)
            {
                starts.Add(offset + start);
            }
        }

        starts.Add(offset + end);
        return starts;
    }
}
