// The route grammar: compiled into the runtime library, the generator and the sandbox (linked from generators/RouteGrammar),
// so compile time and run time read a route template with exactly the same rules. Keep it free of APIs newer than netstandard2.0.
#pragma warning disable CA1845, CA1846, CA1847, CA1865, CA1866 // Span-based string APIs do not exist in netstandard2.0, which also compiles this file.
using System.Collections.Generic;

namespace SmarterProctoring.Declarative.Routing;

/// <summary>What a part of a route template is.</summary>
internal enum RouteSegmentKind
{
    /// <summary>Text sent as written, such as <c>/v1/installs/</c>.</summary>
    Literal,

    /// <summary>A <c>{name}</c> placeholder bound to the method parameter of the same name.</summary>
    Placeholder,
}

/// <summary>One literal run or one placeholder of a route template, with its place in the template.</summary>
internal readonly struct RouteSegment
{
    public RouteSegment(RouteSegmentKind kind, string text, int start, int length)
    {
        Kind = kind;
        Text = text;
        Start = start;
        Length = length;
    }

    public RouteSegmentKind Kind { get; }

    /// <summary>The literal text, or the placeholder's name without braces.</summary>
    public string Text { get; }

    /// <summary>Offset in the template of the first character (the brace, for a placeholder).</summary>
    public int Start { get; }

    /// <summary>Length in the template (braces included, for a placeholder).</summary>
    public int Length { get; }
}

/// <summary>A rule of the route-template grammar that a template breaks.</summary>
internal enum RouteTemplateErrorKind
{
    Empty,
    MissingLeadingSlash,
    UnclosedBrace,
    UnopenedBrace,
    NestedBrace,
    EmptyPlaceholder,
    InvalidPlaceholderName,
    DuplicatePlaceholder,
    Backslash,
    QueryOrFragment,
    Whitespace,
    EmptySegment,
    AnglePlaceholder,
    ColonPlaceholder,
}

/// <summary>A broken rule and where in the template it is.</summary>
internal readonly struct RouteTemplateError
{
    public RouteTemplateError(RouteTemplateErrorKind kind, int start, int length, string text)
    {
        Kind = kind;
        Start = start;
        Length = length;
        Text = text;
    }

    public RouteTemplateErrorKind Kind { get; }

    public int Start { get; }

    public int Length { get; }

    /// <summary>The offending text (a placeholder name, a character, a segment).</summary>
    public string Text { get; }
}

/// <summary>
/// The route-template grammar. A template is an absolute path (<c>/v1/installs/{installSid}</c>) made of literal
/// text and <c>{name}</c> placeholders, where <c>name</c> is a C# identifier. The query string is never part of a
/// template (it comes from <c>[Query]</c> parameters), and neither is a fragment.
/// </summary>
internal sealed class RouteTemplate
{
    private RouteTemplate(string text, RouteSegment[] segments, RouteTemplateError[] errors)
    {
        Text = text;
        Segments = segments;
        Errors = errors;
    }

    public string Text { get; }

    /// <summary>The segments in template order; empty when the template has errors.</summary>
    public IReadOnlyList<RouteSegment> Segments { get; }

    /// <summary>Every rule the template breaks, in template order.</summary>
    public IReadOnlyList<RouteTemplateError> Errors { get; }

    public bool IsValid => Errors.Count == 0;

    /// <summary>Reads a template. Never throws: every problem is reported in <see cref="Errors"/>.</summary>
    public static RouteTemplate Parse(string? text)
    {
        text ??= string.Empty;
        var errors = new List<RouteTemplateError>();
        var segments = new List<RouteSegment>();

        if (text.Length == 0)
        {
            errors.Add(new RouteTemplateError(RouteTemplateErrorKind.Empty, 0, 0, text));
            return new RouteTemplate(text, [], errors.ToArray());
        }

        if (text[0] != '/')
        {
            errors.Add(new RouteTemplateError(RouteTemplateErrorKind.MissingLeadingSlash, 0, 1, text.Substring(0, 1)));
        }

        var names = new HashSet<string>(System.StringComparer.Ordinal);
        int literalStart = 0;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '{')
            {
                AddLiteral(text, literalStart, i, segments);
                int close = FindPlaceholderEnd(text, i, errors);
                if (close < 0)
                {
                    // The rest of the template cannot be read reliably after an unclosed or nested brace.
                    return new RouteTemplate(text, [], errors.ToArray());
                }

                string name = text.Substring(i + 1, close - i - 1);
                int length = close - i + 1;
                if (name.Length == 0)
                {
                    errors.Add(new RouteTemplateError(RouteTemplateErrorKind.EmptyPlaceholder, i, length, name));
                }
                else if (!IsIdentifier(name))
                {
                    errors.Add(new RouteTemplateError(RouteTemplateErrorKind.InvalidPlaceholderName, i, length, name));
                }
                else if (!names.Add(name))
                {
                    errors.Add(new RouteTemplateError(RouteTemplateErrorKind.DuplicatePlaceholder, i, length, name));
                }

                segments.Add(new RouteSegment(RouteSegmentKind.Placeholder, name, i, length));
                i = close + 1;
                literalStart = i;
                continue;
            }

            if (c == '}')
            {
                errors.Add(new RouteTemplateError(RouteTemplateErrorKind.UnopenedBrace, i, 1, "}"));
            }
            else if (c == '\\')
            {
                errors.Add(new RouteTemplateError(RouteTemplateErrorKind.Backslash, i, 1, "\\"));
            }
            else if (c == '?' || c == '#')
            {
                errors.Add(new RouteTemplateError(RouteTemplateErrorKind.QueryOrFragment, i, text.Length - i, text.Substring(i)));
                break;
            }
            else if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                errors.Add(new RouteTemplateError(RouteTemplateErrorKind.Whitespace, i, 1, c.ToString()));
            }
            else if (c == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                errors.Add(new RouteTemplateError(RouteTemplateErrorKind.EmptySegment, i, 2, "//"));
            }
            else if (c == '<' && IsSegmentStart(text, i))
            {
                int close = text.IndexOf('>', i + 1);
                if (close > i + 1 && IsIdentifier(text.Substring(i + 1, close - i - 1)))
                {
                    errors.Add(new RouteTemplateError(RouteTemplateErrorKind.AnglePlaceholder, i, close - i + 1, text.Substring(i + 1, close - i - 1)));
                    i = close + 1;
                    continue;
                }
            }
            else if (c == ':' && IsSegmentStart(text, i))
            {
                int end = SegmentEnd(text, i + 1);
                string name = text.Substring(i + 1, end - i - 1);
                if (IsIdentifier(name))
                {
                    errors.Add(new RouteTemplateError(RouteTemplateErrorKind.ColonPlaceholder, i, end - i, name));
                    i = end;
                    continue;
                }
            }

            i++;
        }

        if (errors.Count > 0)
        {
            return new RouteTemplate(text, [], errors.ToArray());
        }

        AddLiteral(text, literalStart, text.Length, segments);
        return new RouteTemplate(text, segments.ToArray(), []);
    }

    /// <summary>True when <paramref name="name"/> is a C# identifier made of ASCII letters, digits and underscores.</summary>
    public static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || !(IsAsciiLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        for (int i = 1; i < name.Length; i++)
        {
            char c = name[i];
            if (!(IsAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    private static bool IsSegmentStart(string text, int i) => i > 0 && text[i - 1] == '/';

    private static int SegmentEnd(string text, int from)
    {
        int i = from;
        while (i < text.Length && text[i] != '/' && text[i] != '?' && text[i] != '#')
        {
            i++;
        }

        return i;
    }

    private static int FindPlaceholderEnd(string text, int open, List<RouteTemplateError> errors)
    {
        for (int i = open + 1; i < text.Length; i++)
        {
            if (text[i] == '}')
            {
                return i;
            }

            if (text[i] == '{')
            {
                errors.Add(new RouteTemplateError(RouteTemplateErrorKind.NestedBrace, i, 1, "{"));
                return -1;
            }

            if (text[i] == '/')
            {
                break;
            }
        }

        errors.Add(new RouteTemplateError(RouteTemplateErrorKind.UnclosedBrace, open, 1, "{"));
        return -1;
    }

    private static void AddLiteral(string text, int start, int end, List<RouteSegment> segments)
    {
        if (end > start)
        {
            segments.Add(new RouteSegment(RouteSegmentKind.Literal, text.Substring(start, end - start), start, end - start));
        }
    }
}
