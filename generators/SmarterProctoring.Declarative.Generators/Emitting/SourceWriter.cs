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

    /// <summary>Writes <paramref name="line"/> (a declaration or statement head), then <c>{</c>, and indents.</summary>
    public void OpenBlock(string line)
    {
        WriteLine(line);
        WriteLine("{");
        _indent++;
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
