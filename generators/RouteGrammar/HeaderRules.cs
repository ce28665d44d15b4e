// Shared by compile time and run time (linked from generators/RouteGrammar): what a header name may be, and which
// names carry credentials. The generator warns when one is declared as a method argument; the runtime masks their
// values in every message and log. Keep it free of APIs newer than netstandard2.0.
#pragma warning disable CA1865, CA2249 // Span-based and char overloads do not exist in netstandard2.0, which also compiles this file.
namespace SmarterProctoring.Declarative.Routing;

/// <summary>The rules for header names: the RFC 9110 token grammar and the names that carry credentials.</summary>
internal static class HeaderRules
{
    /// <summary>Every header name that carries a credential, compared case-insensitively.</summary>
    public static readonly string[] CredentialHeaders =
    [
        "token", "Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie", "X-Api-Key", "Api-Key",
    ];

    /// <summary>The headers that describe a body, which .NET keeps on the content rather than on the request.</summary>
    public static readonly string[] ContentHeaders =
    [
        "Allow", "Content-Disposition", "Content-Encoding", "Content-Language", "Content-Length", "Content-Location",
        "Content-MD5", "Content-Range", "Content-Type", "Expires", "Last-Modified",
    ];

    /// <summary>True when <paramref name="name"/> is a content header.</summary>
    public static bool IsContentHeader(string? name) => IsOneOf(name, ContentHeaders);

    /// <summary>True when <paramref name="name"/> carries a credential.</summary>
    public static bool IsCredential(string? name) => IsOneOf(name, CredentialHeaders);

    private static bool IsOneOf(string? name, string[] names)
    {
        if (name is null)
        {
            return false;
        }

        foreach (string candidate in names)
        {
            if (string.Equals(candidate, name, System.StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The index of the first character that keeps <paramref name="name"/> from being an RFC 9110 token (1*tchar), or -1.</summary>
    public static int FirstNonTokenCharacter(string name)
    {
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            bool tchar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$%&'*+-.^_`|~".IndexOf(c) >= 0;
            if (!tchar)
            {
                return i;
            }
        }

        return -1;
    }
}
