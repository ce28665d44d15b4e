using System;
using System.Text;

namespace SmarterProctoring.Declarative.Generators;

/// <summary>Writes C# with four-space indentation and <c>\n</c> line endings, whatever the host's settings.</summary>
internal sealed class SourceWriter
{
    private const int IndentWidth = 4;

    // A client file is tens of kilobytes: start big enough that the builder rarely grows.
    private readonly StringBuilder _builder = new(16 * 1024);
    private int _indent;

    public void WriteLine(string line)
    {
        if (line.Length > 0)
        {
            _builder.Append(' ', _indent * IndentWidth).Append(line);
        }

        _builder.Append('\n');
    }

    public void WriteLine() => _builder.Append('\n');

    // A line of parts, appended one by one: no string is made for the line (a client file is written from tens of
    // thousands of parts, and concatenating them first doubled what writing it allocates).

    /// <summary>Writes a line made of <paramref name="a"/> and <paramref name="b"/>, indented.</summary>
    public void WriteLine(string? a, string? b)
    {
        Indent((a?.Length ?? 0) + (b?.Length ?? 0));
        _builder.Append(a).Append(b).Append('\n');
    }

    /// <summary>Writes a line made of three parts, indented.</summary>
    public void WriteLine(string? a, string? b, string? c)
    {
        Indent((a?.Length ?? 0) + (b?.Length ?? 0) + (c?.Length ?? 0));
        _builder.Append(a).Append(b).Append(c).Append('\n');
    }

    /// <summary>Writes a line made of four parts, indented.</summary>
    public void WriteLine(string? a, string? b, string? c, string? d)
    {
        Indent((a?.Length ?? 0) + (b?.Length ?? 0) + (c?.Length ?? 0) + (d?.Length ?? 0));
        _builder.Append(a).Append(b).Append(c).Append(d).Append('\n');
    }

    /// <summary>Writes a line made of five or more parts, indented.</summary>
    public void WriteLine(string? a, string? b, string? c, string? d, string? e, params string?[] more)
    {
        int length = (a?.Length ?? 0) + (b?.Length ?? 0) + (c?.Length ?? 0) + (d?.Length ?? 0) + (e?.Length ?? 0);
        foreach (string? part in more)
        {
            length += part?.Length ?? 0;
        }

        Indent(length);
        _builder.Append(a).Append(b).Append(c).Append(d).Append(e);
        foreach (string? part in more)
        {
            _builder.Append(part);
        }

        _builder.Append('\n');
    }

    /// <summary>Indents a line that has text (an empty line stays empty, as <see cref="WriteLine(string)"/> leaves it).</summary>
    private void Indent(int length)
    {
        if (length > 0)
        {
            _builder.Append(' ', _indent * IndentWidth);
        }
    }

    /// <summary>Writes <paramref name="line"/> (a declaration or statement head), then <c>{</c>, and indents.</summary>
    public void OpenBlock(string line)
    {
        WriteLine(line);
        WriteLine("{");
        _indent++;
    }

    /// <summary>Writes a line of parts and opens a block under it.</summary>
    public void OpenBlock(string? a, string? b)
    {
        WriteLine(a, b);
        WriteLine("{");
        _indent++;
    }

    /// <summary>Writes a line of three parts and opens a block under it.</summary>
    public void OpenBlock(string? a, string? b, string? c)
    {
        WriteLine(a, b, c);
        WriteLine("{");
        _indent++;
    }

    /// <summary>Writes a line of four parts and opens a block under it.</summary>
    public void OpenBlock(string? a, string? b, string? c, string? d)
    {
        WriteLine(a, b, c, d);
        WriteLine("{");
        _indent++;
    }

    /// <summary>Writes a line of five or more parts and opens a block under it.</summary>
    public void OpenBlock(string? a, string? b, string? c, string? d, string? e, params string?[] more)
    {
        WriteLine(a, b, c, d, e, more);
        WriteLine("{");
        _indent++;
    }

    /// <summary>Indents the lines that follow by one level (an argument list split over lines).</summary>
    public void Indent() => _indent++;

    /// <summary>Undoes <see cref="Indent"/>.</summary>
    public void Outdent()
    {
        if (_indent == 0)
        {
            throw new InvalidOperationException("Outdent without a matching Indent.");
        }

        _indent--;
    }

    /// <summary>Outdents and writes <c>}</c> followed by <paramref name="suffix"/>.</summary>
    public void CloseBlock(string suffix = "")
    {
        if (_indent == 0)
        {
            throw new InvalidOperationException("CloseBlock without a matching OpenBlock.");
        }

        _indent--;
        WriteLine("}" + suffix);
    }

    public override string ToString() => _builder.ToString();
}
