// Shared source: compiled into the runtime library, the sandbox and the generator/analyzers (linked), so a SID is
// judged by one rule everywhere. Keep it free of APIs newer than netstandard2.0.
#pragma warning disable CA1845, CA1846, CA1847, CA1865, CA1866 // Span-based string APIs do not exist in netstandard2.0, which also compiles this file.
namespace SmarterProctoring.Declarative.Routing;

/// <summary>What is wrong with a value that should be a SID.</summary>
internal enum SidDefect
{
    None,
    Null,
    WrongLength,
    WrongPrefix,
    NotLowercaseHex,
}

/// <summary>
/// The SID rule: a two-letter uppercase prefix followed by 32 lowercase hexadecimal characters
/// (<c>^AI[a-f0-9]{32}$</c> for the prefix <c>AI</c>). Checked without allocating.
/// </summary>
internal static class SidPattern
{
    /// <summary>Number of characters in a SID: the prefix and 32 hexadecimal characters.</summary>
    public const int Length = 34;

    /// <summary>Number of hexadecimal characters after the prefix.</summary>
    public const int HexLength = 32;

    /// <summary>The pattern as a regular expression, for messages: <c>^AI[a-f0-9]{32}$</c>.</summary>
    public static string Describe(string prefix) => "^" + prefix + "[a-f0-9]{32}$";

    /// <summary>True when <paramref name="prefix"/> is two ASCII uppercase letters, as every SID prefix is.</summary>
    public static bool IsValidPrefix(string? prefix) =>
        prefix is { Length: 2 } && prefix[0] >= 'A' && prefix[0] <= 'Z' && prefix[1] >= 'A' && prefix[1] <= 'Z';

#if NET8_0_OR_GREATER
    private static readonly System.Buffers.SearchValues<char> s_lowerHex = System.Buffers.SearchValues.Create("0123456789abcdef");

    /// <summary>True when <paramref name="value"/> is a SID with <paramref name="prefix"/>; vectorized, allocation-free.</summary>
    public static bool IsValid(string? value, string prefix) =>
        value is { Length: Length } && value[0] == prefix[0] && value[1] == prefix[1]
        && !System.MemoryExtensions.ContainsAnyExcept(System.MemoryExtensions.AsSpan(value, 2), s_lowerHex);
#else
    /// <summary>True when <paramref name="value"/> is a SID with <paramref name="prefix"/>.</summary>
    public static bool IsValid(string? value, string prefix) => Check(value, prefix, out _) == SidDefect.None;
#endif

    /// <summary>Finds the first defect of <paramref name="value"/>; <paramref name="position"/> is where it is.</summary>
    public static SidDefect Check(string? value, string prefix, out int position)
    {
        position = 0;
        if (value is null)
        {
            return SidDefect.Null;
        }

        if (value.Length != Length)
        {
            position = value.Length;
            return SidDefect.WrongLength;
        }

        if (value[0] != prefix[0] || value[1] != prefix[1])
        {
            return SidDefect.WrongPrefix;
        }

        for (int i = 2; i < Length; i++)
        {
            char c = value[i];
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            {
                position = i;
                return SidDefect.NotLowercaseHex;
            }
        }

        return SidDefect.None;
    }

    /// <summary>
    /// A sentence that says why <paramref name="value"/> is not a SID, without repeating the value (it could be
    /// anything the caller passed by mistake, a secret included); at most one offending character is quoted.
    /// </summary>
    public static string Explain(string? value, string prefix, string name)
    {
        SidDefect defect = Check(value, prefix, out int position);
        string expected = name + " must be a SID matching " + Describe(prefix) + " ('" + prefix + "' followed by 32 lowercase hexadecimal characters)";
        switch (defect)
        {
            case SidDefect.Null:
                return expected + ", but it is null.";
            case SidDefect.WrongLength:
                return value!.Length == 0
                    ? expected + ", but it is empty."
                    : expected + ", but it has " + value.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " characters instead of 34.";
            case SidDefect.WrongPrefix:
                return IsValidPrefix(value!.Substring(0, 2))
                    ? expected + ", but it starts with '" + value.Substring(0, 2) + "' (a different kind of SID)."
                    : expected + ", but it does not start with '" + prefix + "'.";
            case SidDefect.NotLowercaseHex:
                char c = value![position];
                string shown = c >= '!' && c <= '~' ? "'" + c + "'" : "U+" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
                string hint = c >= 'A' && c <= 'F' ? " (hexadecimal digits must be lowercase)" : string.Empty;
                return expected + ", but character " + (position + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + " is " + shown + hint + ".";
            default:
                return expected + ".";
        }
    }
}
